import sys

import openai


def draft(topic, careful=False):
    model, temperature = ("gpt-4", 0.2) if careful else ("gpt-3.5-turbo", 0.9)
    resp = openai.ChatCompletion.create(
        model=model,
        temperature=temperature,
        messages=[{"role": "user", "content": f"Write one line about {topic}"}],
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    careful = "--careful" in sys.argv
    print(draft("the sea", careful))
    print(draft("taxes", careful=True))
