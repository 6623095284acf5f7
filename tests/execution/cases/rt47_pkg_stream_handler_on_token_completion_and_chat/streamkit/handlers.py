class StreamHandler:
    def on_token(self, token):
        raise NotImplementedError

    def on_finish(self, reason):
        pass


class Collector(StreamHandler):
    def __init__(self):
        self.tokens = []
        self.reason = None

    def on_token(self, token):
        self.tokens.append(token)

    def on_finish(self, reason):
        self.reason = reason

    @property
    def text(self):
        return "".join(self.tokens)
