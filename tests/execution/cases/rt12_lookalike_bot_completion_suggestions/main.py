"""Tab-completion of bot commands (no AI involved): Completion.create builds suggestions."""
from dataclasses import dataclass
from typing import List

COMMANDS = ["/ask", "/summarize", "/translate", "/help", "/model"]
MODELS = ["gpt-3.5-turbo", "gpt-4", "text-davinci-003"]


@dataclass
class Completion:
    prefix: str
    choices: List[str]

    @classmethod
    def create(cls, prompt, engine="commands", max_tokens=3):
        pool = COMMANDS if engine == "commands" else MODELS
        return cls(prompt, [c for c in pool if c.startswith(prompt)][:max_tokens])


class Embedding:
    @staticmethod
    def create(input, model="text-embedding-ada-002"):
        return {"data": [{"embedding": [float(len(s)), float(s.count(" "))]} for s in input],
                "model": model}


if __name__ == "__main__":
    print(Completion.create(prompt="/s").choices)
    print(Completion.create(prompt="gpt", engine="models").choices)
    print(Completion.create(prompt="text-", engine="models", max_tokens=1))
    emb = Embedding.create(input=["/ask a question", "/help"])
    print(emb["model"], [d["embedding"] for d in emb["data"]])
