import os

import openai


class Summarizer:
    def __init__(self, api_key, model="text-davinci-003"):
        openai.api_key = api_key
        self.model = model

    def summarize(self, text):
        response = openai.Completion.create(
            model=self.model,
            prompt=f"Summarize in one sentence:\n\n{text}\n\nSummary:",
            max_tokens=80,
        )
        return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    s = Summarizer(os.environ["OPENAI_API_KEY"])
    print(s.summarize("The city council approved the new park budget after a long debate."))
