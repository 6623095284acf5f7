"""A canned replacement for the chat API, with the same chunk shape."""


class ChatCompletion:
    @staticmethod
    def create(messages, model="canned", stream=False, **kwargs):
        words = ("canned reply to " + messages[-1]["content"]).split(" ")
        if not stream:
            return {"choices": [{"message": {"role": "assistant", "content": " ".join(words)}}]}
        return ChatCompletion._chunks(words)

    @staticmethod
    def _chunks(words):
        yield {"choices": [{"delta": {"role": "assistant"}, "finish_reason": None}]}
        for i, word in enumerate(words):
            yield {"choices": [{"delta": {"content": word if i == 0 else " " + word}, "finish_reason": None}]}
        yield {"choices": [{"delta": {}, "finish_reason": "stop"}]}
