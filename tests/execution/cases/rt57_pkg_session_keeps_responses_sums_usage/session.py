class Session:
    """Keeps every raw response of a conversation for billing and export."""

    def __init__(self, user):
        self.user = user
        self.responses = []

    def record(self, response):
        self.responses.append(response)

    def total_tokens(self):
        return sum(r["usage"]["total_tokens"] for r in self.responses)

    def transcript(self):
        return [r["choices"][0]["message"]["content"] for r in self.responses]

    def finish_reasons(self):
        return sorted({r["choices"][0].get("finish_reason") for r in self.responses})
