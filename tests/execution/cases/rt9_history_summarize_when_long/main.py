"""Chat with rolling memory: old turns are condensed into a summary message."""
import openai

MODEL = "gpt-3.5-turbo"
MAX_MESSAGES = 5


class MemoryChat:
    def __init__(self, persona):
        self.persona = persona
        self.summary = ""
        self.messages = []

    def _system(self):
        text = self.persona
        if self.summary:
            text += f"\nSummary of the conversation so far: {self.summary}"
        return {"role": "system", "content": text}

    def _condense(self):
        old, self.messages = self.messages[:-2], self.messages[-2:]
        transcript = "\n".join(f"{m['role']}: {m['content']}" for m in old)
        resp = openai.ChatCompletion.create(
            model=MODEL,
            messages=[
                {"role": "system", "content": "Condense this chat into one short line."},
                {"role": "user", "content": transcript},
            ],
            max_tokens=15,
        )
        self.summary = resp.choices[0].message.content
        print(f"  [condensed {len(old)} messages]")

    def say(self, text):
        self.messages.append({"role": "user", "content": text})
        resp = openai.ChatCompletion.create(model=MODEL, messages=[self._system()] + self.messages)
        answer = resp.choices[0].message.content
        self.messages.append({"role": "assistant", "content": answer})
        if len(self.messages) > MAX_MESSAGES:
            self._condense()
        return answer


if __name__ == "__main__":
    chat = MemoryChat("You are a cheerful gardener.")
    for t in ["I grow tomatoes", "They get yellow leaves", "I water daily", "Is that too much?"]:
        print(chat.say(t))
    print("summary:", chat.summary)
