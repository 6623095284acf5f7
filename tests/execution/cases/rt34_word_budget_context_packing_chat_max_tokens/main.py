import math

import openai

CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"
MAX_CONTEXT = 4096
CONTEXT_BUDGET = 60  # tokens of retrieved text
ANSWER_MARGIN = 3900

NOTES = [
    "Meeting 2023-03-02: we decided to migrate the billing service to Postgres before June.",
    "Meeting 2023-03-09: the Postgres migration needs a new backup strategy; Dana owns it.",
    "Meeting 2023-03-16: marketing wants a new landing page for the spring campaign.",
    "Meeting 2023-03-23: backups now run nightly; the migration dry-run is scheduled for May 2.",
    "Meeting 2023-03-30: hiring two backend engineers, interviews start in April.",
]


def estimate_tokens(text):
    return len(text.split()) * 4 // 3


def embed(texts):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    return [item["embedding"] for item in resp["data"]]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


def build_context(question, notes, vectors):
    qv = embed([question])[0]
    ranked = sorted(zip(notes, vectors), key=lambda nv: cosine(qv, nv[1]), reverse=True)
    picked, used = [], 0
    for note, _ in ranked:
        cost = estimate_tokens(note)
        if used + cost > CONTEXT_BUDGET:
            break
        picked.append(note)
        used += cost
    return picked, used


def ask(question):
    picked, used = build_context(question, NOTES, note_vectors)
    prompt = "Notes:\n" + "\n".join(picked) + f"\n\nQuestion: {question}"
    max_tokens = MAX_CONTEXT - estimate_tokens(prompt) - ANSWER_MARGIN
    print(f"using {len(picked)} notes ({used} tokens), max_tokens={max_tokens}")
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer from the meeting notes only."},
            {"role": "user", "content": prompt},
        ],
        temperature=0.1,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"], response["choices"][0]["finish_reason"]


note_vectors = embed(NOTES)
for q in ["Meeting 2023-03-09: the Postgres migration needs a new backup strategy; Dana owns it.",
          "When do interviews start?"]:
    text, finish = ask(q)
    print(finish, "|", text)
