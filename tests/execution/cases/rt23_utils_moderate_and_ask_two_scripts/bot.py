from utils import ask, is_flagged


def handle(text):
    if is_flagged(text):
        return "Sorry, I can't help with that."
    return ask(text)
