import sys

import openai


class Bot:
    model = "gpt-3.5-turbo"

    def messages(self, prompt):
        return [{"role": "user", "content": prompt}]

    def respond(self, prompt):
        response = openai.ChatCompletion.create(model=self.model, messages=self.messages(prompt))
        return response.choices[0].message.content


class StreamingBot(Bot):
    def respond(self, prompt):
        parts = []
        for chunk in openai.ChatCompletion.create(
            model=self.model, messages=self.messages(prompt), stream=True
        ):
            delta = chunk["choices"][0]["delta"]
            if "content" in delta:
                sys.stdout.write(delta["content"])
                parts.append(delta["content"])
        sys.stdout.write("\n")
        return "".join(parts)


if __name__ == "__main__":
    plain = Bot().respond("Tell me about Mars")
    print(plain)
    streamed = StreamingBot().respond("Tell me about Mars")
    print("same text:", plain == streamed)
