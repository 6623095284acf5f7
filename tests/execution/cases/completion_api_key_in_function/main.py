import os

import openai


def configure():
    openai.api_key = os.environ["OPENAI_API_KEY"]


def headline(topic):
    configure()
    resp = openai.Completion.create(model="text-davinci-003", prompt="Headline about " + topic)
    return resp["choices"][0]["text"]


def main():
    print(headline("electric buses"))


if __name__ == "__main__":
    main()
