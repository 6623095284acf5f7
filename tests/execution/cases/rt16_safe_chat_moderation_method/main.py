import openai


class SafeChat:
    def __init__(self, model="gpt-3.5-turbo", moderation_model="text-moderation-latest"):
        self.model = model
        self.moderation_model = moderation_model

    def is_flagged(self, text):
        result = openai.Moderation.create(input=text, model=self.moderation_model)
        return result["results"][0]["flagged"]

    def reply(self, text):
        if self.is_flagged(text):
            return "Sorry, I can't help with that."
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": text}],
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    chat = SafeChat()
    print(chat.reply("How do I bake bread?"))
    print(chat.is_flagged("a lovely day"))
