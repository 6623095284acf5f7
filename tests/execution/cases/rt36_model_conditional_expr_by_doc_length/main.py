import openai

SHORT_CONTEXT_MODEL = "gpt-3.5-turbo"
LONG_CONTEXT_MODEL = "gpt-4-32k"
LONG_DOC_WORDS = 40


def summarize(doc):
    is_long = len(doc.split()) > LONG_DOC_WORDS
    response = openai.ChatCompletion.create(
        model=LONG_CONTEXT_MODEL if is_long else SHORT_CONTEXT_MODEL,
        messages=[
            {"role": "system", "content": "Summarize the user's text in one sentence."},
            {"role": "user", "content": doc},
        ],
        max_tokens=12,
        temperature=0.2,
    )
    return response.choices[0].message.content, is_long


docs = [
    "Short note: the printer on floor two is broken again.",
    " ".join(["The quarterly report shows steady growth across all regions."] * 6),
]
for d in docs:
    text, was_long = summarize(d)
    print("long" if was_long else "short", "->", text)
