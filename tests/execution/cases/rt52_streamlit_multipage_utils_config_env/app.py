"""Home.py: the multipage app's entry, with a minimal `st` stand-in so it runs as a script."""
import importlib

from utils import init_state

PAGES = ["pages.chat_page", "pages.notes_page"]


class FakeStreamlit:
    def __init__(self):
        self.session_state = {}

    def title(self, text):
        print(f"# {text}")

    def write(self, text):
        print(text)

    def caption(self, text):
        print(f"({text})")


def run(inputs):
    st = FakeStreamlit()
    init_state(st.session_state)
    for name in PAGES:
        page = importlib.import_module(name)
        page.render(st, inputs[page.TITLE])
    return st.session_state
