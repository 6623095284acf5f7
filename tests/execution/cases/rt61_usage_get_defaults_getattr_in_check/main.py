import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def ask(question, max_tokens=200):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": question},
        ],
        max_tokens=max_tokens,
    )
    if "usage" in resp:
        used = resp.get("usage", {}).get("total_tokens", 0)
    else:
        used = 0
    choice = resp.choices[0]
    reason = getattr(choice, "finish_reason", None) or "unknown"
    return choice.message.get("content", "").strip(), used, reason


if __name__ == "__main__":
    total = 0
    for q in ["What is a haiku?", "Name three colours of the rainbow please"]:
        text, used, reason = ask(q)
        total += used
        print(f"{text!r} [{reason}] +{used}")
    print("total tokens:", total)
