import os
import shelve
import tempfile

DB_PATH = os.path.join(tempfile.mkdtemp(), "completions")


def open_db():
    return shelve.open(DB_PATH)
