import openai


class Conversation:
    def __init__(self, system):
        self.messages = [{"role": "system", "content": system}]

    def say(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.messages)
        message = response["choices"][0]["message"]
        self.messages.append(message)
        return message["content"]


chat = Conversation("You are a pirate.")
print(chat.say("Hello"))
print(chat.say("Where is the treasure?"))
print([m["role"] for m in chat.messages])
