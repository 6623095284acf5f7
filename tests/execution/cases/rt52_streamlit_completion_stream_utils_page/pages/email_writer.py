from utils import stream_email


class Placeholder:
    def __init__(self):
        self.text = ""
        self.updates = 0

    def markdown(self, text):
        self.text = text
        self.updates += 1


def page(session, tone, topic, **kwargs):
    box = Placeholder()
    full = ""
    for piece in stream_email(tone, topic, **kwargs):
        full += piece
        if piece:
            box.markdown(full + "▌")
    box.markdown(full)
    session.setdefault("emails", []).append(full)
    return box
