import os
from collections import defaultdict
from dataclasses import dataclass

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


@dataclass
class UserPrefs:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.7
    max_tokens: int = 64


prefs = defaultdict(UserPrefs)


def on_message(user, text):
    p = prefs[user]
    if text == "/brief":
        p.max_tokens = 3
        return "ok, I'll be brief"
    r = openai.ChatCompletion.create(
        model=p.model,
        messages=[{"role": "user", "content": text}],
        temperature=p.temperature,
        max_tokens=p.max_tokens,
    )
    return r.choices[0].message.content + ("..." if r.choices[0].finish_reason == "length" else "")


for user, text in [("zoe", "tell me about the sea and its creatures"), ("yan", "/brief"),
                   ("yan", "tell me about the sea and its creatures")]:
    print(user, "->", on_message(user, text))
print(sorted(prefs))
