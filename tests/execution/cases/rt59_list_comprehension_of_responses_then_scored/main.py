import openai

PAIRS = [
    ("The cat sat on the mat.", "Le chat"),
    ("I like green apples.", "pommes"),
    ("Where is the station?", "gare"),
]


def messages_for(sentence):
    return [
        {"role": "system", "content": "Translate English to French."},
        {"role": "user", "content": sentence},
    ]


responses = [
    openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages_for(src), temperature=0)
    for src, _ in PAIRS
]

hits = 0
for (src, keyword), resp in zip(PAIRS, responses):
    out = resp["choices"][0]["message"]["content"]
    hit = keyword.lower() in out.lower()
    hits += hit
    print(f"{src:<26} -> {out[:40]!r} keyword={'yes' if hit else 'no'}")
print("keyword recall:", f"{hits}/{len(PAIRS)}")
print("prompt tokens:", sum(r["usage"]["prompt_tokens"] for r in responses))
