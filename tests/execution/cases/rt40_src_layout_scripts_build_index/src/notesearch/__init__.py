from notesearch.index import NoteIndex

__all__ = ["NoteIndex"]
