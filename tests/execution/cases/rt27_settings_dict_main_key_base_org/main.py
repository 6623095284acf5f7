import os

import openai


class Bot:
    def __init__(self, name):
        self.name = name
        self.history = [{"role": "system", "content": f"You are {name}, a study buddy."}]

    def chat(self, text):
        self.history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.history)
        reply = response.choices[0].message.content
        self.history.append({"role": "assistant", "content": reply})
        return reply


def main():
    settings = {
        "api_key": os.environ.get("OPENAI_API_KEY", ""),
        "api_base": os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1"),
        "organization": os.environ.get("OPENAI_ORG_ID"),
    }
    openai.api_key = settings["api_key"]
    openai.api_base = settings["api_base"]
    openai.organization = settings["organization"]
    bot = Bot("Quizzy")
    for text in ["quiz me on capitals", "Paris", "next one"]:
        print(f"{bot.name}: {bot.chat(text)}")


if __name__ == "__main__":
    main()
