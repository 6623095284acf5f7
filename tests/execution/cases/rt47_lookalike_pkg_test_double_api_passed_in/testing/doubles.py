class StubOpenAI:
    """Stands in for the openai module: records calls and answers canned text."""

    calls = []

    class ChatCompletion:
        @classmethod
        def create(cls, model, messages, **params):
            StubOpenAI.calls.append((model, sorted(params)))
            text = messages[-1]["content"]
            return {"choices": [{"message": {"role": "assistant", "content": f"stub: {text}"}}],
                    "usage": {"total_tokens": len(text.split()) + 2}}
