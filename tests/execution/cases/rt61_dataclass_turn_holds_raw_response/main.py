from dataclasses import dataclass, field
from typing import Any, List

import openai


@dataclass
class Turn:
    prompt: str
    raw: Any = None

    @property
    def reply(self):
        return self.raw["choices"][0]["message"]["content"]

    @property
    def tokens(self):
        return self.raw.usage.total_tokens


@dataclass
class Session:
    turns: List[Turn] = field(default_factory=list)

    def ask(self, prompt):
        turn = Turn(prompt)
        turn.raw = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        self.turns.append(turn)
        return turn


s = Session()
s.ask("Tell me about tides")
s.ask("Tell me about waves")
for t in s.turns:
    print(f"{t.prompt} => {t.reply} ({t.tokens})")
