import openai

from settings import CompletionSettings

PROMPT = """Answer the question about the museum.

Q: When does the museum open?
A: At 10 am.

Q: {question}
A:"""


class MuseumQA:
    def __init__(self, settings=None):
        self.settings = settings or CompletionSettings()

    def ask(self, question):
        response = openai.Completion.create(
            engine=self.settings.engine,
            prompt=PROMPT.format(question=question),
            max_tokens=self.settings.max_tokens,
            temperature=self.settings.temperature,
            stop=self.settings.stop,
        )
        return response.choices[0].text.strip()
