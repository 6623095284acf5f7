"""Python as people write it: openai reached through a class body, a parameter, an object, an
alias or a module that re-exports it. Look-alikes below: other libraries' resources."""

import anthropic_tools as tools
import openai as ai
import jobs
from app.llm import openai as shared_openai
from app import llm


class Assistant:
    import openai

    def __init__(self, key):
        self.openai.api_key = key

    def reply(self, question):
        answer = self.openai.ChatCompletion.create(
            model="gpt-4-vision-preview", messages=[{"role": "user", "content": question}])
        return answer["choices"][0]["message"]["content"]

    @classmethod
    def summarise(cls, text):
        return cls.openai.Completion.create(engine="text-davinci-003", prompt=text)


def complete(openai, prompt):
    return openai.Completion.create(model="text-curie-001", prompt=prompt)


def embed(api, texts):
    return api.Embedding.create(model="text-embedding-ada-002", input=texts)


class Pipeline:
    def __init__(self, backend=ai):
        self.backend = backend
        self.sdk = ai

    def run(self, text):
        first = self.backend.Edit.create(model="text-davinci-edit-001", input=text,
                                         instruction="fix")
        second = self.sdk.Moderation.create(input=text)
        return first, second


aliased = ai.Completion.create(model="text-babbage-001", prompt="x")
reexported = shared_openai.ChatCompletion.create(model="gpt-4-0314", messages=[])
through_module = llm.openai.Embedding.create(input=["x"], model="text-search-ada-doc-001")
embed(ai, ["a"])


# Look-alikes: resources of other libraries, and names that are not openai.
def lookalikes(db, client, session):
    jobs.Completion.create(task="nightly")  # an imported module's own Completion
    tools.Completion.create(prompt="x")  # imported, not openai
    db.Model.create(name="row")  # Model, File, Image are too common to guess
    session.File.create(path="/tmp/x")
    client.Completion.list  # no call
    openai_key = "sk-not-a-module"
    return openai_key.Completion if False else None
