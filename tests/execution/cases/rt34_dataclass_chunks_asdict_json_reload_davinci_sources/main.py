import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field

import openai


@dataclass
class Chunk:
    doc_id: str
    position: int
    text: str
    embedding: list = field(default_factory=list)


DOCS = {
    "README.md": "Install with pip install acme. Run acme --help to see all commands.",
    "CHANGELOG.md": "Version 2.0 drops Python 3.7 support. Version 1.9 added the export command.",
    "CONTRIBUTING.md": "Open a pull request against main. Every change needs a test.",
}


def split_sentences(text):
    return [s.strip() + "." for s in text.split(".") if s.strip()]


def build_chunks():
    chunks = [Chunk(doc_id, pos, sent) for doc_id, text in DOCS.items()
              for pos, sent in enumerate(split_sentences(text))]
    resp = openai.Embedding.create(input=[c.text for c in chunks], model="text-embedding-ada-002")
    for i, chunk in enumerate(chunks):
        chunk.embedding = resp.data[i].embedding
    return chunks


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


def save(chunks, path):
    with open(path, "w") as f:
        json.dump([asdict(c) for c in chunks], f)


def load(path):
    with open(path) as f:
        return [Chunk(**row) for row in json.load(f)]


def answer(question, chunks):
    q = openai.Embedding.create(input=question, model="text-embedding-ada-002").data[0].embedding
    top = sorted(chunks, key=lambda c: similarity(q, c.embedding), reverse=True)[:2]
    context = "\n".join(f"[{c.doc_id}#{c.position}] {c.text}" for c in top)
    completion = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"{context}\n\nUsing the sources above, answer: {question}\n",
        max_tokens=120,
        temperature=0,
        top_p=1,
    )
    return completion.choices[0].text.strip(), [f"{c.doc_id}#{c.position}" for c in top]


path = os.path.join(tempfile.mkdtemp(), "chunks.json")
save(build_chunks(), path)
chunks = load(path)
print(f"{len(chunks)} chunks reloaded from disk")
for question in ["Version 2.0 drops Python 3.7 support.", "Open a pull request against main."]:
    text, sources = answer(question, chunks)
    print("sources:", sources)
    print("answer:", text)
