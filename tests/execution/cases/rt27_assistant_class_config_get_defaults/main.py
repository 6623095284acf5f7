import os

import openai


class Assistant:
    def __init__(self, config):
        openai.api_key = config["openai_api_key"]
        self.model = config.get("model", "gpt-3.5-turbo")
        self.max_tokens = config.get("max_tokens", 100)
        self.messages = [{"role": "system", "content": config.get("system", "You are helpful.")}]

    def send(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(
            model=self.model, messages=self.messages, max_tokens=self.max_tokens
        )
        message = response.choices[0].message
        self.messages.append({"role": message.role, "content": message.content})
        return message.content, response.usage.total_tokens


def main():
    config = {"openai_api_key": os.environ["OPENAI_API_KEY"], "system": "You write limericks."}
    assistant = Assistant(config)
    total = 0
    for text in ["a limerick about a cat", "now about a dog"]:
        reply, used = assistant.send(text)
        total += used
        print(reply)
    print("total tokens:", total, "messages:", len(assistant.messages))


if __name__ == "__main__":
    main()
