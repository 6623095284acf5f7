"""Prompt experiment log: the project's own record type is called Completion."""
import json
from dataclasses import asdict, dataclass

import openai


@dataclass
class Completion:
    prompt: str
    text: str
    tokens: int


def completion(prompt, max_tokens=40):
    """Run one prompt and keep the record."""
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=max_tokens)
    return Completion(prompt=prompt, text=resp.choices[0].text.strip(),
                      tokens=resp.usage.total_tokens)


if __name__ == "__main__":
    completions = [completion(p) for p in ("Q: 2+2?\nA:", "Translate 'cat' to Spanish:")]
    for c in completions:
        print(json.dumps(asdict(c)))
    print(sum(c.tokens for c in completions))
