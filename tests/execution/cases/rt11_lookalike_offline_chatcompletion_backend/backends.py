"""Offline backend for the demo: answers like the chat API without network access."""
import time


class ChatCompletion:
    @classmethod
    def create(cls, model, messages, temperature=1.0, **kwargs):
        last = messages[-1]["content"]
        return {
            "object": "chat.completion",
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": last[::-1]},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": len(last.split()), "completion_tokens": 1,
                      "total_tokens": len(last.split()) + 1},
            "created": int(time.time()) * 0,
        }


class Completion:
    @staticmethod
    def create(engine, prompt, max_tokens=16):
        return {"choices": [{"text": prompt.upper()[:max_tokens]}], "model": engine}
