"""Dependency injection for tests: the helper receives the SDK module."""
import openai


def ask(openai_module, prompt, model="gpt-3.5-turbo"):
    response = openai_module.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask(openai, "Give me a haiku about rain."))
