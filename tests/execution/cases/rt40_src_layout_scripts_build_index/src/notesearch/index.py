import openai

from notesearch import settings


class NoteIndex:
    def __init__(self):
        self.notes = []
        self.vectors = []

    def add_all(self, notes):
        response = openai.Embedding.create(input=notes, engine=settings.EMBED_MODEL)
        for note, item in zip(notes, response["data"]):
            self.notes.append(note)
            self.vectors.append(item["embedding"])
        return len(response["data"])

    def search(self, query, k=1):
        q = openai.Embedding.create(input=query, engine=settings.EMBED_MODEL)["data"][0]["embedding"]
        scored = sorted(
            zip(self.notes, self.vectors),
            key=lambda pair: -sum(a * b for a, b in zip(q, pair[1])),
        )
        return [note for note, _ in scored[:k]]
