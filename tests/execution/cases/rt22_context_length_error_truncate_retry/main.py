"""Summarize documents; when a prompt is too long, cut the document and try again."""
import openai

DOCS = {
    "short": "Transformers use attention to mix information between tokens.",
    "long": " ".join(["Recurrent networks process tokens one at a time."] * 30),
}


def summarize(doc, max_chars=4000, attempts=3):
    for attempt in range(attempts):
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[
                    {"role": "system", "content": "Summarize the text in one sentence."},
                    {"role": "user", "content": doc[:max_chars]},
                ],
                temperature=0,
                max_tokens=80,
            )
            return response.choices[0].message.content, attempt
        except openai.error.InvalidRequestError as e:
            if "maximum context length" in str(e):
                max_chars //= 2
                continue
            raise
    return None, attempts


for name, doc in DOCS.items():
    summary, attempt = summarize(doc)
    words = summary.split()
    print(f"{name:<6} attempts={attempt} words={len(words)} start={' '.join(words[:6])!r}")
