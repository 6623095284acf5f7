"""Client for our self-hosted model server (JSON over HTTP in production; canned here)."""


class Completion:
    @staticmethod
    def create(model, prompt, max_tokens=16):
        words = prompt.split()[:max_tokens]
        return {
            "id": "local-1",
            "model": model,
            "choices": [{"text": " ".join(reversed(words)), "finish_reason": "stop", "index": 0}],
            "usage": {"prompt_tokens": len(words), "completion_tokens": len(words),
                      "total_tokens": 2 * len(words)},
        }
