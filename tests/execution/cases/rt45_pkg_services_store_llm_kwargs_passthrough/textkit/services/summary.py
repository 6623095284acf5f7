class Summarizer:
    def __init__(self, llm):
        self.llm = llm

    def run(self, text):
        return self.llm.chat(
            [{"role": "user", "content": f"Summarize in one line: {text}"}],
            model="gpt-3.5-turbo",
            max_tokens=7,
            temperature=0,
        )
