class Table:
    """A tiny in-memory ORM base (the project used peewee; this keeps the same calls)."""

    _rows = None

    def __init__(self, **fields):
        self.__dict__.update(fields)

    @classmethod
    def create(cls, **fields):
        if cls._rows is None:
            cls._rows = []
        row = cls(id=len(cls._rows) + 1, **fields)
        cls._rows.append(row)
        return row

    @classmethod
    def select(cls):
        return list(cls._rows or [])
