class ChatCompletion:
    calls = []

    @classmethod
    def create(cls, model, messages):
        cls.calls.append(model)
        return {"choices": [{"message": {"content": "Hello, " + messages[-1]["content"][6:] + "!"}}]}


class FakeBackend:
    ChatCompletion = ChatCompletion
