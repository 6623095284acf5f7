import openai


class Completion:
    """A row of our own completions log (not the OpenAI resource)."""

    rows = []

    def __init__(self, prompt, text, engine="text-davinci-003"):
        self.prompt, self.text, self.engine = prompt, text, engine

    @classmethod
    def create(cls, prompt, text, engine="text-davinci-003"):
        row = cls(prompt, text, engine)
        cls.rows.append(row)
        return row


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    answer = response["choices"][0]["message"]["content"]
    Completion.create(prompt=question, text=answer)
    return answer


if __name__ == "__main__":
    ask("Define entropy")
    ask("Define enthalpy")
    for row in Completion.rows:
        print(row.engine, "|", row.prompt, "|", row.text)
