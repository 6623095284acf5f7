import openai


class CompletionModel:
    def __init__(self, model="text-davinci-003", max_tokens=64, temperature=0.3):
        self.model = model
        self.max_tokens = max_tokens
        self.temperature = temperature

    def complete(self, prompt):
        result = openai.Completion.create(
            model=self.model,
            prompt=prompt,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return result["choices"][0]["text"].strip()


class Summarizer:
    template = "Summarize the following text in one sentence:\n\n{text}\n\nSummary:"

    def __init__(self, llm):
        self.llm = llm

    def summarize(self, text):
        return self.llm.complete(self.template.format(text=text))


class Tagger:
    def __init__(self, llm):
        self.llm = llm

    def tags(self, text):
        raw = self.llm.complete(f"Comma separated tags for: {text}")
        return [t.strip() for t in raw.split(",") if t.strip()]


if __name__ == "__main__":
    llm = CompletionModel()
    print(Summarizer(llm).summarize("Bees make honey, pollinate plants, and live in hives."))
    print(Tagger(llm).tags("bees, honey, hives"))
