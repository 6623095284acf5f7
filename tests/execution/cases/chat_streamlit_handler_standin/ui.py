"""A stand-in for the few streamlit calls the app makes (prints instead of rendering)."""
session_state = {}


def text_input(label, value=""):
    return value


def write(*parts):
    print(*parts)


def error(text):
    print("ERROR:", text)
