from openai import ChatCompletion as OpenAIChat
from openai import Embedding as OpenAIEmbedding


def embed(text):
    return OpenAIEmbedding.create(model="text-embedding-ada-002", input=text)["data"][0]["embedding"]


def chat(text):
    resp = OpenAIChat.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}])
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(len(embed("hello world")))
    print(chat("hello world"))
