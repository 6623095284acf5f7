"""Tiny moderated chat bot (hackathon style): refuse flagged messages and say why."""
import openai

SYSTEM = "You are a friendly assistant for a community forum."


def moderation_reasons(text):
    response = openai.Moderation.create(input=text)
    result = response["results"][0]
    if not result["flagged"]:
        return None
    return ", ".join(name for name, hit in result["categories"].items() if hit)


def answer(text):
    reasons = moderation_reasons(text)
    if reasons:
        return f"Your message was flagged for: {reasons}"
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": text},
        ],
    )
    return completion["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for message in ["How do I reset my password?", "I hate you, you stupid bot"]:
        print(">", message)
        print(answer(message))
