import os

import openai

MODEL = os.getenv("OPENAI_MODEL", "text-davinci-003")
ENGINE = os.environ.get("ENGINE", "davinci")
DEPLOYMENT = os.environ.get("AZURE_DEPLOYMENT_NAME", default="curie")
NAME = os.getenv("USER_NAME", "ada")


def ask(prompt, model="text-curie-001", temperature=0.2):
    return openai.Completion.create(model=model, prompt=prompt, temperature=temperature)


def ask_short(prompt, m="babbage"):
    return openai.Completion.create(model=m, prompt=prompt)


def greet(person="ada"):
    return f"hello {person}"


def from_settings(settings, prompt):
    model = settings.get("model", "davinci")
    return openai.Completion.create(model=model, prompt=prompt)
