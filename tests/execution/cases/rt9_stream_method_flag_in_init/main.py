import sys

import openai


class StreamingChat:
    def __init__(self, model="gpt-3.5-turbo", stream=True):
        self.model = model
        self.stream = stream
        self.history = []

    def send(self, text):
        self.history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(
            model=self.model, messages=self.history, stream=True
        )
        collected = []
        for chunk in response:
            delta = chunk["choices"][0]["delta"]
            piece = delta.get("content", "")
            if piece:
                collected.append(piece)
                sys.stdout.write(piece)
                sys.stdout.flush()
        sys.stdout.write("\n")
        reply = "".join(collected)
        self.history.append({"role": "assistant", "content": reply})
        return reply


if __name__ == "__main__":
    chat = StreamingChat()
    chat.send("Tell me a fact about owls")
    last = chat.send("Another one please")
    print(len(chat.history), len(last.split()))
