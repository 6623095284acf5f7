import openai

CONFIG = {
    "llm": {
        "model": "gpt-3.5-turbo",
        "max_tokens": 40,
    },
    "name": "support-bot",
}


class LLM:
    def __init__(self, model, max_tokens=256):
        self.model = model
        self.max_tokens = max_tokens

    @classmethod
    def from_config(cls, config):
        return cls(model=config["model"], max_tokens=config.get("max_tokens", 256))

    def chat(self, messages):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    llm = LLM.from_config(CONFIG["llm"])
    print(CONFIG["name"], "ready")
    print(llm.chat([{"role": "user", "content": "How do I reset my password?"}]))
