import openai


def delta_text(chunk):
    return chunk.get("choices", [{}])[0].get("delta", {}).get("content", "")


def summarize(text):
    pieces = []
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Summarize the user's text in one line."},
            {"role": "user", "content": text},
        ],
        max_tokens=200,
        stream=True,
    ):
        pieces.append(delta_text(chunk))
    return "".join(pieces)


print(summarize("Python is a programming language that lets you work quickly."))
