"""Build the note index and answer one question (run from the repository root)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))

from notesearch import NoteIndex  # noqa: E402
from notesearch.answer import answer  # noqa: E402

NOTES = [
    "The wifi password is on the fridge.",
    "Bins go out on Thursday evening.",
    "The spare key is under the blue pot.",
]


def main():
    index = NoteIndex()
    print("indexed:", index.add_all(NOTES))
    hits = index.search("where is the spare key?", k=2)
    print("hits:", len(hits))
    print("answer:", answer("Where is the spare key?", hits))


if __name__ == "__main__":
    main()
