"""A stand-in for Streamlit (the legacy test venv does not install it): widgets print what they
show; text_input returns the environment's key, chat_input the next queued prompt."""
import os


class _State(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


session_state = _State()
_PROMPTS = ["Hello, who are you?"]


class StopException(Exception):
    pass


def title(text):
    print("#", text)


def text_input(label, key=None, type="default"):
    return os.environ.get("OPENAI_API_KEY", "")


def chat_input(placeholder=None):
    return _PROMPTS.pop(0) if _PROMPTS else None


def info(text):
    print("info:", text)


def stop():
    raise StopException()


class _Message:
    def __init__(self, role):
        self.role = role

    def write(self, text):
        print(f"[{self.role}] {text}")


def chat_message(role):
    return _Message(role)


class _Sidebar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


sidebar = _Sidebar()
