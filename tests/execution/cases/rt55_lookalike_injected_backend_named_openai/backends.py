"""Stand-ins for offline runs: same call shape as the hosted chat API."""


class _Stream:
    def __init__(self, text):
        self._pieces = [{"role": "assistant"}] + [{"content": w + " "} for w in text.split()] + [{}]

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for i, delta in enumerate(self._pieces):
            last = i == len(self._pieces) - 1
            yield {"choices": [{"index": 0, "delta": delta,
                                "finish_reason": "stop" if last else None}]}


class ChatCompletion:
    @staticmethod
    async def acreate(model, messages, stream=False, **kwargs):
        text = f"({model}) " + messages[-1]["content"].upper()
        if stream:
            return _Stream(text)
        return {"choices": [{"message": {"role": "assistant", "content": text}}]}


class Echo:
    ChatCompletion = ChatCompletion
