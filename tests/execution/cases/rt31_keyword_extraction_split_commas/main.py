import openai

ARTICLES = {
    "a1": "Black-on-black ware is a 20th- and 21st-century pottery tradition developed by the Puebloan Native American ceramic artists in Northern New Mexico.",
    "a2": "Python is a high-level, general-purpose programming language; its design philosophy emphasizes code readability.",
}


def extract_keywords(text, limit=10):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt="Extract keywords from this text:\n\n" + text,
        temperature=0.5,
        max_tokens=60,
        top_p=1.0,
        frequency_penalty=0.8,
        presence_penalty=0.0,
    )
    raw = response["choices"][0]["text"]
    keywords = [k.strip(" .-\n") for k in raw.replace("\n", ",").split(",")]
    return [k for k in keywords if k][:limit]


index = {}
for doc_id, text in ARTICLES.items():
    for kw in extract_keywords(text, limit=4):
        index.setdefault(kw.lower(), []).append(doc_id)

for kw in sorted(index):
    print(f"{kw:40s} {','.join(index[kw])}")
