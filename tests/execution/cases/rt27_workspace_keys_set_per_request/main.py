"""One bot process serves several Slack workspaces, each paying with its own key."""
import os

import openai

WORKSPACE_KEYS = {
    "T01": os.environ["OPENAI_API_KEY"],
    "T02": "sk-revoked-key-000",
    "T03": os.environ["OPENAI_API_KEY"],
}


def answer(team, question):
    openai.api_key = WORKSPACE_KEYS[team]
    try:
        result = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
        )
    except openai.error.AuthenticationError:
        return f"[{team}] your workspace's OpenAI key is invalid, ask an admin"
    return f"[{team}] {result.choices[0].message.content}"


for team, q in [("T01", "what's new"), ("T02", "hi"), ("T03", "status report"), ("T01", "bye")]:
    print(answer(team, q))
