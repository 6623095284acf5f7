"""Offline stand-in with the same call shape as the openai 0.x SDK, for demos without a key."""

CANNED = {
    "greeting": "Hello! How can I help?",
    "farewell": "Goodbye, have a nice day.",
}


class ChatCompletion:
    calls = []

    @classmethod
    def create(cls, model, messages, temperature=1.0, max_tokens=None):
        cls.calls.append(model)
        last = messages[-1]["content"].lower()
        key = "farewell" if "bye" in last else "greeting"
        content = CANNED[key]
        if max_tokens is not None:
            content = " ".join(content.split()[:max_tokens])
        return {
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
        }


class Embedding:
    @classmethod
    def create(cls, input, engine="text-embedding-ada-002"):
        texts = input if isinstance(input, list) else [input]
        return {"data": [{"embedding": [float(len(t)), float(t.count(" "))]} for t in texts]}
