import functools

import openai


def with_model(model):
    """Decorator factory: call the wrapped function with model= filled in."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs.setdefault("model", model)
            return fn(*args, **kwargs)
        return wrapper
    return decorate


@with_model("gpt-3.5-turbo")
def summarize(text, model=None):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
        max_tokens=8,
    )
    return resp["choices"][0]["message"]["content"]


@with_model("gpt-4")
def translate(text, model=None):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Translate to French: {text}"}],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(summarize.__name__, "->", summarize("The quick brown fox jumps over the lazy dog again and again"))
    print(translate.__name__, "->", translate("Good morning"))
