import openai

from app.moderation import moderate

REFUSAL = "I can't help with that ({})."
SYSTEM = "You are a friendly support bot for a bike shop."


def reply(text):
    check = moderate(text)
    if check.flagged:
        return REFUSAL.format(", ".join(check.reasons))
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        temperature=0.5,
    )
    return completion.choices[0].message.content
