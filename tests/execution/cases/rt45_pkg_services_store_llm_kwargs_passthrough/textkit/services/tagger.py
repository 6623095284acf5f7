class Tagger:
    def __init__(self, llm, model="gpt-4"):
        self.llm = llm
        self.model = model

    def tag(self, text):
        return self.llm.chat(
            [{"role": "system", "content": "Return three tags."},
             {"role": "user", "content": text}],
            model=self.model,
            temperature=0.2,
        )
