import openai

from chatkit import DEFAULT_MODEL, DEFAULT_TIMEOUT


class ChatSession:
    def __init__(self, system_prompt, model=DEFAULT_MODEL):
        self.model = model
        self.messages = [{"role": "system", "content": system_prompt}]

    def send(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=self.messages,
            request_timeout=DEFAULT_TIMEOUT,
        )
        reply = response["choices"][0]["message"]
        self.messages.append({"role": reply["role"], "content": reply["content"]})
        return reply["content"]
