import functools

import openai

usage_log = []


def text_only(fn):
    """Let the wrapped function return the raw response; callers get the text."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        response = fn(*args, **kwargs)
        usage_log.append((fn.__name__, response["usage"]["total_tokens"]))
        return response["choices"][0]["text"].strip()
    return wrapper


@text_only
def headline(topic):
    return openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Headline about {topic}:",
        max_tokens=12,
    )


@text_only
def tagline(product):
    return openai.Completion.create(
        engine="text-davinci-002",
        prompt=f"Tagline for {product}:",
        max_tokens=12,
        temperature=0.7,
    )


if __name__ == "__main__":
    print(headline("solar power"))
    print(tagline("a bicycle bell"))
    for name, tokens in usage_log:
        print(f"{name}: {tokens} tokens")
