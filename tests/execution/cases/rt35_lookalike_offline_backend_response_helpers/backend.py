"""An offline backend shaped like the 2023 API responses so the report code can be tested."""


class Completion:
    @staticmethod
    def create(model, prompt, max_tokens=16):
        text = " ".join(prompt.split()[:max_tokens])
        return {"choices": [{"text": text[::-1], "finish_reason": "stop"}],
                "usage": {"total_tokens": len(prompt.split())}}


def complete(prompt):
    return Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=8)
