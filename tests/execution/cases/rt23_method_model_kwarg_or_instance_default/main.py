import openai


class Chat:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.5):
        self.model = model
        self.temperature = temperature

    def ask(self, prompt, model=None, temperature=None):
        response = openai.ChatCompletion.create(
            model=model or self.model,
            temperature=self.temperature if temperature is None else temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        return response.choices[0].message.content


chat = Chat()
print(chat.ask("quick question: what is 3*7?"))
print(chat.ask("hard question: explain P vs NP", model="gpt-4"))
print(chat.ask("be creative: invent a word", temperature=1.2))
