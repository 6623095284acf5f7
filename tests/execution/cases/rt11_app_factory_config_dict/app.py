import openai


class App:
    def __init__(self, config):
        self.config = config

    def handle(self, payload):
        response = openai.ChatCompletion.create(
            model=self.config["CHAT_MODEL"],
            messages=[{"role": "user", "content": payload["text"]}],
        )
        return {"reply": response["choices"][0]["message"]["content"],
                "tokens": response["usage"]["total_tokens"]}


def create_app(config):
    openai.api_key = config["OPENAI_API_KEY"]
    openai.api_base = config.get("OPENAI_API_BASE", openai.api_base)
    return App(config)
