"""A tiny provider layer in the mini-langchain style: the project's own class is called OpenAI."""
import os

import openai


class LLM:
    def __call__(self, prompt):
        raise NotImplementedError


class OpenAI(LLM):
    """The OpenAI provider of this project (not the SDK's client)."""

    def __init__(self, model_name="text-davinci-003", max_tokens=64):
        openai.api_key = os.environ.get("OPENAI_API_KEY")
        self.model_name = model_name
        self.max_tokens = max_tokens

    def __call__(self, prompt):
        response = openai.Completion.create(
            model=self.model_name,
            prompt=prompt,
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["text"].strip()


class Echo(LLM):
    def __call__(self, prompt):
        return prompt.upper()


PROVIDERS = {"openai": OpenAI, "echo": Echo}


def run(provider, prompt):
    llm = PROVIDERS[provider]()
    return llm(prompt)


if __name__ == "__main__":
    print(run("openai", "Write a tagline for a bakery."))
    print(run("echo", "plain"))
    print(OpenAI.__name__, issubclass(OpenAI, LLM))
