from openai import ChatCompletion, Embedding


def embed_size(text):
    return len(Embedding.create(model="text-embedding-ada-002", input=text)["data"][0]["embedding"])


def ask(question):
    reply = ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}])
    return reply.choices[0].message.content


if __name__ == "__main__":
    print(embed_size("hello world"))
    print(ask("How are you?"))
