import openai


class OpenAIProvider:
    def __init__(self, settings):
        self.settings = settings

    def generate(self, prompt):
        cfg = self.settings.openai
        response = openai.ChatCompletion.create(
            model=cfg.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=cfg.max_tokens,
        )
        return response.choices[0].message.content


class EchoProvider:
    def __init__(self, settings):
        self.settings = settings

    def generate(self, prompt):
        return "local: " + prompt


PROVIDERS = {"openai": OpenAIProvider, "echo": EchoProvider}


def get_provider(settings):
    return PROVIDERS[settings.provider](settings)
