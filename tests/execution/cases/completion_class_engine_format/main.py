import openai

TEMPLATE = """Q: {question}
A:"""


class QA:
    def __init__(self, engine="text-davinci-003", max_tokens=64):
        self.engine = engine
        self.max_tokens = max_tokens

    def answer(self, question):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=TEMPLATE.format(question=question),
            max_tokens=self.max_tokens,
            temperature=0,
            stop=["\nQ:"],
        )
        return "Answer: {}".format(response.choices[0].text.strip())


if __name__ == "__main__":
    qa = QA()
    print(qa.answer("What is the largest ocean?"))
    print(QA(max_tokens=3).answer("Why is the sky blue on a clear day?"))
