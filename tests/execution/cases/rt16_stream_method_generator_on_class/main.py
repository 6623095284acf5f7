import sys

import openai


class StreamingChat:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def stream(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        )
        for chunk in response:
            delta = chunk["choices"][0]["delta"]
            if "content" in delta:
                yield delta["content"]

    def ask(self, prompt):
        return "".join(self.stream(prompt))


if __name__ == "__main__":
    chat = StreamingChat()
    for token in chat.stream("Count to five for me please"):
        sys.stdout.write(token)
        sys.stdout.flush()
    print()
    print(repr(chat.ask("short answer")))
