import openai

from promptlib.engines import DEFAULT_ENGINE, MAX_TOKENS, STOP_SEQUENCES


class Completer:
    def __init__(self, engine=DEFAULT_ENGINE):
        self.engine = engine

    def __call__(self, prompt):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            max_tokens=MAX_TOKENS[self.engine],
            stop=STOP_SEQUENCES[self.engine],
        )
        return response["choices"][0]["text"]
