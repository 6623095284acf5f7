"""A bot that can run against a local rule-based backend; the names mimic OpenAI's, nothing else.

The module `openai_compat` is our own stub so that the bot works offline in CI.
"""
from openai_compat import ChatCompletion, Embedding

HANDLERS = {}


def command(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


@command("ask")
def ask(text):
    r = ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}],
                              temperature=0.2, max_tokens=50)
    return r["choices"][0]["message"]["content"]


@command("vec")
def vec(text):
    r = Embedding.create(model="text-embedding-ada-002", input=[text])
    return f"{len(r['data'][0]['embedding'])} dims"


for line in ["ask hello bot", "vec some words", "ask what time is it"]:
    name, _, arg = line.partition(" ")
    print(name, "->", HANDLERS[name](arg))
