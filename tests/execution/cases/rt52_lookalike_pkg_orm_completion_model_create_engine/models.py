from db import Table


class Completion(Table):
    """One stored generation: which engine produced which text for which prompt."""


class Embedding(Table):
    """A stored vector's metadata."""
