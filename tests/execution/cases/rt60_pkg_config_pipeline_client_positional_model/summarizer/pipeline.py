from summarizer.client import ChatClient


class Pipeline:
    def __init__(self, config, client=None):
        self.config = config
        self.client = client or ChatClient()

    def chunks(self, text):
        size = self.config.chunk_size
        return [text[i:i + size] for i in range(0, len(text), size)]

    def run(self, text):
        llm = self.config.llm
        partials = [self.client.ask(llm.model, f"Summarize: {c}", llm.max_tokens) for c in self.chunks(text)]
        return self.client.ask(llm.model, "Combine: " + " / ".join(partials), llm.max_tokens)
