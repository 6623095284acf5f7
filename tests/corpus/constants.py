"""Module constants and class attributes that reach a model argument later in the module.

Mentions of text-davinci-003 in this docstring are not uses.
"""
import openai

COMPLETION_ENGINE = "text-davinci-003"
FALLBACK = "curie"
SUMMARY_LLM = "davinci"
EMBEDDER = "text-search-ada-doc-001"


class Summariser:
    engine = "babbage"
    label = "ada"

    def run(self, text):
        return openai.Completion.create(engine=self.engine, prompt=text)


def summarise(text, fast=False):
    chosen = FALLBACK if fast else SUMMARY_LLM
    return openai.Completion.create(model=chosen, prompt=text)


def classic(text):
    return openai.Completion.create(model=COMPLETION_ENGINE, prompt=text)


def vectors(texts):
    return openai.Embedding.create(input=texts, model=EMBEDDER)
