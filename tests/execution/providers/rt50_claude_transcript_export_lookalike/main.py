"""Exports a conversation in the old "\\n\\nHuman:" transcript format for a fine-tuning
dataset, and asks the current Messages API to title it."""
import json

import anthropic

HUMAN = "\n\nHuman:"
ASSISTANT = "\n\nAssistant:"
MODEL = "claude-sonnet-4-6"

conversation = [
    ("user", "How do I undo my last git commit?"),
    ("assistant", "Use git reset --soft HEAD~1."),
]


def to_transcript(turns):
    text = ""
    for role, content in turns:
        text += (HUMAN if role == "user" else ASSISTANT) + " " + content
    return text + ASSISTANT


client = anthropic.Anthropic()
completion = to_transcript(conversation)
print(json.dumps({"prompt": completion, "completion": " " + conversation[-1][1]}))
title = client.messages.create(
    model=MODEL,
    max_tokens=50,
    stop_sequences=[HUMAN],
    messages=[{"role": "user", "content": f"Title this chat: {conversation[0][1]}"}],
)
print(title.content[0].text)
