import openai

from .cache import PromptCache

TEMPLATE = """Label the topic of the headline as one of {labels}.

Headline: {headline}
Topic:"""


class Labeler:
    def __init__(self, labels, model="text-curie-001", max_tokens=24):
        self.labels = labels
        self.model = model
        self.max_tokens = max_tokens
        self.cache = PromptCache()

    def _complete(self, prompt):
        hit = self.cache.get(self.model, prompt)
        if hit is not None:
            return hit
        out = openai.Completion.create(
            model=self.model, prompt=prompt, max_tokens=self.max_tokens, temperature=0
        )
        text = out.choices[0].text
        self.cache.put(self.model, prompt, text)
        return text

    def label(self, headline):
        prompt = TEMPLATE.format(labels=", ".join(self.labels), headline=headline)
        text = self._complete(prompt).lower()
        hits = [lab for lab in self.labels if lab in text.rsplit("topic:", 1)[-1]]
        return hits[0] if hits else "other"
