"""A tiny stand-in for streamlit (the test runs without a browser): widgets print what they show."""
import contextlib


class _State(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


session_state = _State()
_inputs = ["Tell me about otters", "And beavers?"]


def title(text):
    print("#", text)


def chat_input(label):
    return _inputs.pop(0) if _inputs else None


@contextlib.contextmanager
def chat_message(role):
    print(f"[{role}]", end=" ")
    yield


class _Placeholder:
    def __init__(self):
        self.last = ""

    def markdown(self, text):
        self.last = text


def empty():
    return _Placeholder()


def markdown(text):
    print(text)
