import os

import openai


def run_chat(config, turns):
    messages = [{"role": "system", "content": config["persona"]}]
    for turn in turns:
        messages.append({"role": "user", "content": turn})
        response = openai.ChatCompletion.create(
            model=config["model"],
            messages=messages,
            temperature=config["temperature"],
            max_tokens=config["max_tokens"],
            presence_penalty=config["presence_penalty"],
        )
        text = response["choices"][0]["message"]["content"]
        messages.append({"role": "assistant", "content": text})
        print("User:", turn)
        print("Bot:", text)
        print("finish:", response["choices"][0]["finish_reason"])


def main():
    config = {
        "api_key": os.environ.get("OPENAI_API_KEY"),
        "model": "gpt-3.5-turbo",
        "temperature": 0.7,
        "max_tokens": 80,
        "presence_penalty": 0.6,
        "persona": "You are a pirate. Answer like one.",
    }
    openai.api_key = config["api_key"]
    run_chat(config, ["ahoy", "where is the treasure", "how many ships do you have"])


if __name__ == "__main__":
    main()
