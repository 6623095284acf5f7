import os

import openai


class LLM:
    """Settings come from the environment so we can tweak them without code changes."""

    def __init__(self, model=None, temperature=None, max_tokens=None):
        self.model = model or os.getenv("LLM_MODEL", "gpt-3.5-turbo")
        self.temperature = float(temperature if temperature is not None
                                 else os.getenv("LLM_TEMPERATURE", "0.2"))
        self.max_tokens = int(max_tokens or os.getenv("LLM_MAX_TOKENS", "40"))
        openai.api_key = os.environ["OPENAI_API_KEY"]

    def __call__(self, prompt, system="You are a helpful assistant."):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"].strip()


if __name__ == "__main__":
    llm = LLM()
    print(llm("Give me a name for a pet turtle"))
    short = LLM(max_tokens=3)
    print(short("Write a very long poem about the sea and the sky and the wind"))
