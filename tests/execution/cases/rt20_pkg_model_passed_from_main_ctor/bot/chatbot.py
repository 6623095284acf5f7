import openai


class ChatBot:
    def __init__(self, model, system_prompt, temperature=1.0):
        self.model = model
        self.temperature = temperature
        self.messages = [{"role": "system", "content": system_prompt}]

    def send(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=self.messages,
            temperature=self.temperature,
        )
        reply = response["choices"][0]["message"]
        self.messages.append({"role": reply["role"], "content": reply["content"]})
        return reply["content"]
