import configparser
import os

import openai

config = configparser.ConfigParser()
config.read(os.path.join(os.path.dirname(os.path.abspath(__file__)), "settings.ini"))
azure = config["azure"]

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = azure["api_version"]


def ask(question):
    response = openai.ChatCompletion.create(
        engine=azure["chat_deployment"],
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def vector(text):
    response = openai.Embedding.create(engine=azure["embedding_deployment"], input=text)
    return response["data"][0]["embedding"]


if __name__ == "__main__":
    print(ask("Which planet has the most moons?"))
    print(len(vector("Saturn")))
