import openai


class Summarizer:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def summarize(self, text):
        messages = [
            {"role": "system", "content": "You summarize papers."},
            {"role": "user", "content": f"Summarize: {text}"},
        ]
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
        )
        result = ""
        for choice in response.choices:
            result += choice.message.content
        print("tokens used:", response.usage.total_tokens)
        print("response time:", response.response_ms / 1000.0, "s")
        return result


if __name__ == "__main__":
    print(Summarizer().summarize("Attention is all you need"))
