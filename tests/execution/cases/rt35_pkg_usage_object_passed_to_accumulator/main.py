import openai

import costs


def summarize(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Summarize: " + text}],
    )
    costs.add_usage(resp["usage"])
    return resp["choices"][0]["message"]["content"]


def embed(text):
    resp = openai.Embedding.create(input=[text], model="text-embedding-ada-002")
    costs.add_usage(resp["usage"])
    return resp["data"][0]["embedding"]


print(summarize("The quick brown fox jumps over the lazy dog."))
print(len(embed("fox and dog")))
print(costs.summary())
