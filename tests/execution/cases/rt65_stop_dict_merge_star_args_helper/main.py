import openai

DEFAULTS = {"model": "gpt-3.5-turbo", "n": 1}


def chat(*turns, stop=None):
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": t}
        for i, t in enumerate(turns)
    ]
    response = openai.ChatCompletion.create(
        messages=messages,
        **DEFAULTS,
        **({"stop": stop} if stop else {}),
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    print(chat("List the planets. Mercury, Venus, Earth", stop=["Venus"]))
    print(chat(*["Hi there", "Hello! How can I help?", "Count to five"]))
