import openai


class Summarizer:
    def __init__(self, thorough=False):
        self.thorough = thorough

    @property
    def model(self):
        if self.thorough:
            return "gpt-4-0613"
        return "gpt-3.5-turbo-0613"

    def summarize(self, text):
        completion = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Summarize in one line."},
                {"role": "user", "content": text},
            ],
        )
        return completion.choices[0].message["content"]


if __name__ == "__main__":
    text = "The meeting moved to Thursday because the room was booked."
    print(Summarizer().summarize(text))
    print(Summarizer(thorough=True).summarize(text))
