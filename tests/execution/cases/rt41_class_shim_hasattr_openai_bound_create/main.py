"""ChatBackend that runs on whatever openai version the lab machine has installed."""
import openai


def _reply_text(response):
    # 0.x objects allow attribute access too, so this works on both generations
    return response.choices[0].message.content


class ChatBackend:
    def __init__(self, model="gpt-3.5-turbo", system="You are a concise lab assistant."):
        self.model = model
        self.system = system
        if hasattr(openai, "OpenAI"):
            self._client = openai.OpenAI()
            self._create = self._client.chat.completions.create
        else:
            self._client = None
            self._create = openai.ChatCompletion.create

    def ask(self, question):
        response = self._create(
            model=self.model,
            messages=[{"role": "system", "content": self.system},
                      {"role": "user", "content": question}],
        )
        return _reply_text(response)


if __name__ == "__main__":
    backend = ChatBackend()
    print(backend.ask("What buffer should I use for a pH 7.4 solution?"))
    print(backend.ask("How long do I centrifuge at 4000 rpm?"))
