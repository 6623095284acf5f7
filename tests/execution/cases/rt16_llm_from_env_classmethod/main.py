import os

import openai


class LLM:
    """Thin wrapper around the OpenAI chat endpoint."""

    def __init__(self, api_key, model="gpt-3.5-turbo", temperature=0.7, max_tokens=256):
        self.api_key = api_key
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        openai.api_key = api_key

    @classmethod
    def from_env(cls):
        return cls(
            api_key=os.environ["OPENAI_API_KEY"],
            model=os.getenv("LLM_MODEL", "gpt-3.5-turbo"),
            temperature=float(os.getenv("LLM_TEMPERATURE", "0.7")),
        )

    def chat(self, prompt, system="You are a helpful assistant."):
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
    llm = LLM.from_env()
    print(llm.chat("Name three primary colours."))
    print(llm.chat("Say hi", system="You are terse."))
