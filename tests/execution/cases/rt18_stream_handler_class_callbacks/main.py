import openai


class PrintingHandler:
    def __init__(self):
        self.tokens = []

    def on_start(self, role):
        print(f"<{role}>", end=" ")

    def on_token(self, token):
        self.tokens.append(token)
        print(token, end="", flush=True)

    def on_end(self, finish_reason):
        print(f" </{finish_reason}>")


def run_stream(messages, handler, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(model=model, messages=messages, stream=True)
    for chunk in response:
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "role" in delta:
            handler.on_start(delta["role"])
        token = delta.get("content")
        if token:
            handler.on_token(token)
        if choice["finish_reason"] is not None:
            handler.on_end(choice["finish_reason"])
    return "".join(handler.tokens)


handler = PrintingHandler()
text = run_stream([{"role": "user", "content": "Give me a fun fact about octopuses"}], handler)
print(len(text.split()), "words")
