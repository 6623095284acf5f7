from llmkit.error import RateLimitError

_BUDGET = {"calls": 3}


class ChatCompletion:
    @classmethod
    def create(cls, model, messages, temperature=1.0, max_tokens=None):
        if _BUDGET["calls"] == 0:
            raise RateLimitError("out of calls")
        _BUDGET["calls"] -= 1
        text = messages[-1]["content"].upper()
        if max_tokens:
            text = " ".join(text.split()[:max_tokens])
        return {"choices": [{"message": {"role": "assistant", "content": text}}],
                "usage": {"total_tokens": len(text.split())}}


class Completion:
    @classmethod
    def create(cls, engine, prompt, max_tokens=16, stop=None):
        text = prompt[::-1]
        return {"choices": [{"text": text[:max_tokens]}]}
