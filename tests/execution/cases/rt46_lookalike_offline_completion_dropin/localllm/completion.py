CANNED = {
    "capital of france": "Paris.",
    "2+2": "4",
}


def _answer(text):
    lowered = text.lower()
    for key, value in CANNED.items():
        if key in lowered:
            return value
    return "I don't know (offline mode)."


class Completion:
    @classmethod
    def create(cls, engine=None, model=None, prompt="", max_tokens=16, temperature=0.7, **_):
        text = _answer(prompt)[: max_tokens * 4]
        return {"model": engine or model, "choices": [{"text": " " + text, "index": 0,
                                                       "finish_reason": "stop"}],
                "usage": {"total_tokens": len(prompt.split()) + len(text.split())}}


class ChatCompletion:
    @staticmethod
    def create(model, messages, temperature=1.0, **_):
        last = messages[-1]["content"]
        return {"model": model, "choices": [{"index": 0, "finish_reason": "stop",
                                             "message": {"role": "assistant",
                                                         "content": _answer(last)}}]}
