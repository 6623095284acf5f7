class CodeContext:
    """Picks the files that fit a model's budget (the project's own method, not an API call)."""

    def __init__(self, files):
        self.files = files

    def get_code_message(self, prompt, model, max_tokens):
        budget = int(max_tokens)
        kept = []
        for name, body in sorted(self.files.items()):
            if len(body.split()) <= budget:
                kept.append(f"{name}:\n{body}")
                budget -= len(body.split())
        return f"{prompt}\nBudget for {model}: {int(max_tokens)}\n" + "\n".join(kept)
