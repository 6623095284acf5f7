"""A drop-in for the 2023 openai module used by the demo when no network is allowed."""
import types

api_key = None


class _RateLimitError(Exception):
    pass


class _InvalidRequestError(Exception):
    pass


error = types.SimpleNamespace(RateLimitError=_RateLimitError,
                              InvalidRequestError=_InvalidRequestError)


class Completion:
    @staticmethod
    def create(engine, prompt, max_tokens=16, temperature=1.0, stop=None):
        if not prompt:
            raise _InvalidRequestError("empty prompt")
        words = prompt.upper().split()[:max_tokens]
        return {"choices": [{"text": " " + " ".join(words), "finish_reason": "stop"}],
                "model": engine}


class ChatCompletion:
    @staticmethod
    def create(model, messages, temperature=1.0, **_):
        last = messages[-1]["content"]
        return {"choices": [{"message": {"role": "assistant", "content": last[::-1]}}],
                "model": model}
