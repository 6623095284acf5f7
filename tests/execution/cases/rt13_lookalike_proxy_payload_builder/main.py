"""Request builders for our self-hosted, OpenAI-compatible inference gateway."""
import json

DEFAULT_MODELS = {"chat": "gpt-3.5-turbo", "completion": "text-davinci-003"}


class ChatCompletion:
    route = "/v1/chat/completions"

    @classmethod
    def create(cls, model=DEFAULT_MODELS["chat"], messages=(), **extra):
        return {"route": cls.route, "model": model, "messages": list(messages), **extra}


class Completion:
    route = "/v1/completions"

    @classmethod
    def create(cls, model=DEFAULT_MODELS["completion"], prompt="", **extra):
        return {"route": cls.route, "model": model, "prompt": prompt, **extra}


if __name__ == "__main__":
    payloads = [
        ChatCompletion.create(messages=[{"role": "user", "content": "hi"}], temperature=0.2),
        ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": "hey"}]),
        Completion.create(prompt="Once upon a time", max_tokens=16),
    ]
    for p in payloads:
        print(json.dumps(p, sort_keys=True))
