import openai

TEXT = (
    "The library opens at nine. Members can borrow ten books. "
    "Late returns cost ten cents a day. The cafe closes at four. "
    "Children's story time is on Saturdays. Printing costs five cents a page."
)


def chunks(text, size):
    words = text.split()
    for i in range(0, len(words), size):
        yield " ".join(words[i:i + size])


def summarize_chunks(text):
    responses = []
    for part in chunks(text, 12):
        responses.append(
            openai.Completion.create(
                model="text-davinci-003",
                prompt=f"Summarize this in a few words:\n\n{part}\n\nSummary:",
                max_tokens=64,
                temperature=0.3,
            )
        )
    return [r["choices"][0]["text"].strip() for r in responses]


def condense(summaries):
    joined = "\n".join(f"- {s}" for s in summaries)
    final = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Combine these notes:\n{joined}"}],
    )
    return final["choices"][0]["message"]["content"]


if __name__ == "__main__":
    parts = summarize_chunks(TEXT)
    print(len(parts))
    print(condense(parts))
