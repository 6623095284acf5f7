import openai

MODEL = "gpt-3.5-turbo"


def summarize(text):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize in one line."},
            {"role": "user", "content": text},
        ],
        temperature=0,
    )
    return response


def report(response):
    lines = []
    for key, value in sorted(response["usage"].items()):
        lines.append(f"  {key:<18} {value:>5}")
    return "\n".join(lines)


if __name__ == "__main__":
    r = summarize("The quick brown fox jumps over the lazy dog near the river bank.")
    print(r["choices"][0]["message"]["content"])
    print("usage:")
    print(report(r))
