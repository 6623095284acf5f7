"""A tiny in-memory ORM for the vector store (rows hold precomputed vectors)."""


class Model:
    _rows = None

    @classmethod
    def create(cls, **fields):
        if cls._rows is None:
            cls._rows = []
        row = dict(id=len(cls._rows) + 1, **fields)
        cls._rows.append(row)
        return row

    @classmethod
    def all(cls):
        return list(cls._rows or [])


class Embedding(Model):
    pass


class Completion(Model):
    pass
