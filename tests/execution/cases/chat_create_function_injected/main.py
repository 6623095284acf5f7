import openai


class Summarizer:
    def __init__(self, create=openai.ChatCompletion.create, model="gpt-3.5-turbo"):
        self._create = create
        self.model = model

    def summarize(self, text):
        response = self._create(
            model=self.model,
            messages=[{"role": "user", "content": f"Summarize: {text}"}],
        )
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    s = Summarizer()
    print(s.summarize("Cats sleep a lot."))
    print(s.summarize("Dogs like walks."))
