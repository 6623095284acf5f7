from chatui.stream import stream_reply


class ChatSession:
    def __init__(self):
        self.history = []

    def send(self, text, on_piece=None):
        self.history.append({"role": "user", "content": text})
        pieces = []
        for piece in stream_reply(self.history):
            pieces.append(piece)
            if on_piece:
                on_piece(piece)
        reply = "".join(pieces)
        self.history.append({"role": "assistant", "content": reply})
        return reply, len(pieces)
