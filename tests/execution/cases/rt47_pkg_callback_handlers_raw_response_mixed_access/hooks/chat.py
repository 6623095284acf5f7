import openai


class Chat:
    model = "gpt-4"

    def __init__(self, callbacks=(), max_tokens=30):
        self.callbacks = list(callbacks)
        self.max_tokens = max_tokens
        self.history = []

    def send(self, text):
        self.history.append({"role": "user", "content": text})
        for callback in self.callbacks:
            callback.on_start(self.history)
        response = openai.ChatCompletion.create(
            model=self.model, messages=self.history, max_tokens=self.max_tokens)
        for callback in self.callbacks:
            callback.on_end(response)
        reply = response["choices"][0]["message"]
        self.history.append({"role": reply["role"], "content": reply["content"]})
        return reply["content"]
