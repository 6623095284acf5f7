import openai


class Conversation:
    def __init__(self, system_prompt, model="gpt-3.5-turbo", max_history=6):
        self.model = model
        self.max_history = max_history
        self.system = {"role": "system", "content": system_prompt}
        self.history = []

    def _messages(self):
        return [self.system] + self.history[-self.max_history:]

    def say(self, text):
        self.history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model=self.model, messages=self._messages())
        reply = response["choices"][0]["message"]
        self.history.append({"role": reply["role"], "content": reply["content"]})
        return reply["content"]

    def transcript(self):
        return "\n".join(f"{m['role']}: {m['content']}" for m in self.history)


if __name__ == "__main__":
    convo = Conversation("You are a travel agent.")
    convo.say("I want to go to Japan")
    convo.say("In April")
    print(convo.say("What should I pack?"))
    print("---")
    print(convo.transcript())
    print(len(convo.history))
