import openai


class Conversation:
    def __init__(self):
        self.history = [{"role": "system", "content": "Be brief."}]

    def say(self, text):
        self.history.append({"role": "user", "content": text})
        for message in self.history:
            print(f"  [{message['role']}] {message['content']}")
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.history)
        message = response["choices"][0]["message"]
        self.history.append({"role": message["role"], "content": message["content"]})
        return message["content"]


if __name__ == "__main__":
    c = Conversation()
    print(c.say("Hi"))
    print(c.say("Bye"))
