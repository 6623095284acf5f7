import openai


class Collector:
    def __init__(self):
        self.lines = []
        self.tokens = 0

    def on_response(self, response):
        self.lines.append(response["choices"][0]["text"].strip())
        self.tokens += response["usage"]["completion_tokens"]


def run_batch(prompts, callback):
    for p in prompts:
        callback(openai.Completion.create(
            model="text-davinci-003",
            prompt=p,
            max_tokens=20,
        ))


if __name__ == "__main__":
    collector = Collector()
    run_batch(["Name a fruit", "Name a vegetable"], collector.on_response)
    print("\n".join(collector.lines))
    print("completion tokens:", collector.tokens)
