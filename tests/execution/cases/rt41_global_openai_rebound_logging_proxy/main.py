"""Count API calls per resource by wrapping the module (hackathon cost dashboard)."""
import collections

import openai as _openai_sdk

CALLS = collections.Counter()


class _CountingResource:
    def __init__(self, name, resource):
        self._name = name
        self._resource = resource

    def create(self, **kwargs):
        CALLS[self._name] += 1
        return self._resource.create(**kwargs)


class _CountingOpenAI:
    def __getattr__(self, name):
        value = getattr(_openai_sdk, name)
        if name in ("ChatCompletion", "Completion", "Embedding"):
            return _CountingResource(name, value)
        return value


openai = _CountingOpenAI()


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def vector_size(text):
    return len(openai.Embedding.create(model="text-embedding-ada-002", input=text)["data"][0]["embedding"])


if __name__ == "__main__":
    print(answer("Why is the sky blue?"))
    print(vector_size("sky"))
    print(dict(sorted(CALLS.items())))
