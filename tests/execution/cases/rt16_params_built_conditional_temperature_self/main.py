import openai


class LLM:
    default_model = "gpt-3.5-turbo"

    def __init__(self, temperature=None):
        self.temperature = temperature

    def chat(self, prompt, model=None, **kwargs):
        params = {
            "model": model or self.default_model,
            "messages": [{"role": "user", "content": prompt}],
        }
        if self.temperature is not None:
            params["temperature"] = self.temperature
        params.update(kwargs)
        response = openai.ChatCompletion.create(**params)
        return response.choices[0].message.content


if __name__ == "__main__":
    llm = LLM()
    print(llm.chat("hello"))
    print(llm.chat("a big question here", model="gpt-4"))
    print(LLM(temperature=0).chat("zero temperature please"))
