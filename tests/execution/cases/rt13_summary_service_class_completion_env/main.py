import json
import os

import openai


class SummaryService:
    PROMPT = "Summarize the following text in one sentence:\n\n{text}\n\nSummary:"

    def __init__(self, model=os.getenv("SUMMARY_MODEL", "text-davinci-003"), max_tokens=80):
        self.model = model
        self.max_tokens = max_tokens

    def summarize(self, text):
        response = openai.Completion.create(
            model=self.model,
            prompt=self.PROMPT.format(text=text),
            max_tokens=self.max_tokens,
        )
        return {
            "summary": response["choices"][0]["text"].strip(),
            "tokens": response["usage"]["total_tokens"],
        }


if __name__ == "__main__":
    short = SummaryService(max_tokens=5)
    normal = SummaryService()
    text = "The meeting covered the Q3 budget, hiring plans and the new office move."
    print(json.dumps(short.summarize(text)))
    print(json.dumps(normal.summarize(text)))
