import openai

PROMPTS = [
    "Explain recursion in one short sentence please",
    "Name a color",
]


def complete(prompt, limit):
    return openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=limit,
    )


def describe(response):
    choice = response["choices"][0]
    match choice["finish_reason"]:
        case "stop":
            return f"complete: {choice['text'].strip()}"
        case "length":
            used = response["usage"]["completion_tokens"]
            return f"cut off after {used} tokens: {choice['text'].strip()}..."
        case other:
            return f"unexpected finish reason {other!r}"


if __name__ == "__main__":
    for prompt in PROMPTS:
        print(describe(complete(prompt, 5)))
