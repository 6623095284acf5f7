import json

import openai


class Conversation:
    def __init__(self, system):
        self.history = [{"role": "system", "content": system}]

    def say(self, text):
        self.history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.history)
        reply = response["choices"][0]["message"]
        self.history.append(reply)
        return reply["content"]

    def dump(self):
        return json.dumps(self.history, indent=2)


if __name__ == "__main__":
    convo = Conversation("You are a helpful travel agent.")
    print(convo.say("I want to visit Japan"))
    print(convo.say("In spring"))
    print(convo.dump())
