class BaseCallback:
    def on_start(self, messages):
        pass

    def on_end(self, response):
        pass


class TokenCounter(BaseCallback):
    def __init__(self):
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.finish_reasons = []

    def on_end(self, response):
        usage = response["usage"]
        self.prompt_tokens += usage["prompt_tokens"]
        self.completion_tokens += usage["completion_tokens"]
        self.finish_reasons.append(response["choices"][0]["finish_reason"])


class Transcript(BaseCallback):
    def __init__(self):
        self.lines = []

    def on_start(self, messages):
        self.lines.append("> " + messages[-1]["content"])

    def on_end(self, response):
        message = response.choices[0].message
        self.lines.append(f"< [{message['role']}] {message['content']}")
