import openai


class ChatBackend:
    model_id = None
    max_tokens = None

    def ask(self, question):
        response = openai.ChatCompletion.create(
            model=self.model_id,
            messages=[{"role": "user", "content": question}],
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]


class Turbo(ChatBackend):
    model_id = "gpt-3.5-turbo"


class Four(ChatBackend):
    model_id = "gpt-4"
    max_tokens = 5


BACKENDS = {cls.model_id: cls for cls in (Turbo, Four)}
