import openai

SETTINGS = {
    "qa": {"model": "text-davinci-003", "max_tokens": 30},
    "embed": {"model": "text-embedding-ada-002"},
}


def qa(question):
    r = openai.Completion.create(
        model=SETTINGS["qa"]["model"],
        prompt=f"Q: {question} A:",
        max_tokens=SETTINGS["qa"]["max_tokens"],
    )
    return r["choices"][0]["text"].strip()


def embed(text):
    return openai.Embedding.create(model=SETTINGS["embed"]["model"], input=text)["data"][0]["embedding"]


print(qa("What is the boiling point of water?"))
print(len(embed("boiling water")))
