import openai

from .settings import SUMMARY_MODEL


class SummaryMemory:
    def __init__(self):
        self.summary = ""
        self.turns = []
        self.folds = 0

    def messages(self, system):
        content = system + (f"\nEarlier: {self.summary}" if self.summary else "")
        return [{"role": "system", "content": content}] + self.turns

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})

    def fold(self):
        transcript = "\n".join(f"{t['role']}: {t['content']}" for t in self.turns)
        response = openai.Completion.create(
            model=SUMMARY_MODEL,
            prompt=f"Summarize this conversation in one line:\n{transcript}\nSummary:",
            max_tokens=12,
            temperature=0,
        )
        self.summary = response["choices"][0]["text"].strip()
        self.turns = self.turns[-1:]
        self.folds += 1
