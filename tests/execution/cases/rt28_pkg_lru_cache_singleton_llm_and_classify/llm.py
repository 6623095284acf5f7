import functools

import openai


class Classifier:
    engine = "text-davinci-003"

    def __init__(self):
        self.requests = 0

    def label(self, text):
        self.requests += 1
        prompt = f"Sentiment of this review (positive/negative): {text}"
        resp = openai.Completion.create(engine=self.engine, prompt=prompt, temperature=0, max_tokens=3)
        return resp.choices[0].text.strip().lower()


@functools.lru_cache(maxsize=1)
def get_llm():
    return Classifier()


@functools.lru_cache(maxsize=128)
def classify(text):
    return get_llm().label(text)
