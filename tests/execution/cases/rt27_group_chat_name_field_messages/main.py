import os
import re

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
BOT_NAME = "gptbot"
groups = {}
tokens_by_group = {}


def on_group_message(group, sender, text):
    history = groups.setdefault(group, [
        {"role": "system", "content": f"You are {BOT_NAME}, a member of a group chat."}])
    safe_name = re.sub(r"[^a-zA-Z0-9_-]", "_", sender)[:64]
    history.append({"role": "user", "name": safe_name, "content": text})
    if f"@{BOT_NAME}" not in text:
        return None
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    reply = resp.choices[0].message.content
    history.append({"role": "assistant", "content": reply})
    tokens_by_group[group] = tokens_by_group.get(group, 0) + resp.usage["total_tokens"]
    return reply


events = [("book club", "Alice B.", "has anyone finished chapter 3?"),
          ("book club", "bob", "not yet"),
          ("book club", "Alice B.", "@gptbot summarise what we said"),
          ("dev team", "carol", "@gptbot what is a race condition")]
for g, who, text in events:
    out = on_group_message(g, who, text)
    if out:
        print(f"[{g}] {BOT_NAME}: {out}")
print(tokens_by_group)
