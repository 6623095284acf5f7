import openai


class OpenAIWrapper:
    def __init__(self):
        self.params = {
            "model": "gpt-3.5-turbo",
            "max_tokens": 40,
            "n": 1,
        }

    def chat(self, prompt, **overrides):
        params = {**self.params, **overrides}
        response = openai.ChatCompletion.create(
            messages=[{"role": "user", "content": prompt}],
            **params,
        )
        return [choice["message"]["content"] for choice in response["choices"]]


if __name__ == "__main__":
    w = OpenAIWrapper()
    print(w.chat("Tell me a fact about octopuses"))
    print(w.chat("Give two taglines for a bakery", n=2))
    print(w.chat("Explain gravity in detail please", max_tokens=4))
