HUMAN_PROMPT = "\n\nHuman:"
AI_PROMPT = "\n\nAssistant:"


class _Completions:
    def create(self, model, prompt, max_tokens_to_sample):
        turns = prompt.count(HUMAN_PROMPT)
        return type("Completion", (), {"completion": f"{turns} turn(s), {max_tokens_to_sample}"})()


class EchoClient:
    """A stand-in for unit tests; no network."""

    completions = _Completions()


client = EchoClient()
resp = client.completions.create(model="claude-2", prompt=f"{HUMAN_PROMPT} hi{AI_PROMPT}",
                                 max_tokens_to_sample=10)
print(resp.completion)
