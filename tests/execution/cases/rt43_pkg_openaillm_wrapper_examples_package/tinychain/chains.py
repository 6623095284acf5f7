class SummaryChain:
    template = "Summarize in one line: {text}"

    def __init__(self, llm):
        self.llm = llm

    def run(self, text):
        return self.llm(self.template.format(text=text))
