import openai

IS_LEGACY_SDK = openai.__version__.startswith("0.")
client = None if IS_LEGACY_SDK else openai.OpenAI()


def embed(texts):
    if IS_LEGACY_SDK:
        resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
        return [row["embedding"] for row in resp["data"]]
    resp = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [row.embedding for row in resp.data]


def answer(question, passage):
    messages = [{"role": "system", "content": "Use the passage: " + passage},
                {"role": "user", "content": question}]
    if IS_LEGACY_SDK:
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
        return resp["choices"][0]["message"]["content"]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return resp.choices[0].message.content
