import openai


class Assistant:
    def __init__(self, model="gpt-3.5-turbo", system="You are terse."):
        self.model = model
        self.system = system
        self.client = openai.OpenAI() if hasattr(openai, "OpenAI") else None

    def _messages(self, question):
        return [{"role": "system", "content": self.system}, {"role": "user", "content": question}]

    def ask(self, question):
        if self.client is not None:
            reply = self.client.chat.completions.create(model=self.model,
                                                        messages=self._messages(question))
            return reply.choices[0].message.content
        reply = openai.ChatCompletion.create(model=self.model, messages=self._messages(question))
        return reply["choices"][0]["message"]["content"]

    def complete(self, prefix):
        # not ported yet
        reply = openai.Completion.create(
            model="text-davinci-002", prompt=prefix, max_tokens=20, stop=["\n"]
        )
        return reply.choices[0].text
