"""A tiny dispatcher that picks the SDK resource by name from a settings dict."""
import openai

SETTINGS = {
    "resource": "ChatCompletion",
    "model": "gpt-3.5-turbo",
}


def complete(text):
    resource = getattr(openai, SETTINGS["resource"])
    response = resource.create(
        model=SETTINGS["model"],
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(complete("Name a prime number"))
