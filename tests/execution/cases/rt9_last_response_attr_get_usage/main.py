import openai


class Assistant:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.last_response = None

    def ask(self, question):
        self.last_response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
        )
        return self.last_response["choices"][0]["message"]["content"]

    def last_usage(self):
        if self.last_response is None:
            return {}
        return self.last_response.get("usage", {})


if __name__ == "__main__":
    a = Assistant()
    print(a.last_usage())
    print(a.ask("Define entropy in a sentence"))
    usage = a.last_usage()
    print(usage.get("total_tokens"), usage["prompt_tokens"])
