import openai

MODEL = "gpt-3.5-turbo"


def flagged(text):
    result = openai.Moderation.create(input=text).results[0]
    return result.flagged, result["categories"]["violence"]


def safe_reply(user_text):
    is_bad, violent = flagged(user_text)
    if is_bad:
        return "I can't respond to that" + (" (violence)" if violent else "")
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": user_text}],
        max_tokens=60,
    )
    text = response.choices[0].message.content
    out_bad, _ = flagged(text)
    if out_bad:
        return "[reply withheld]"
    return text


for msg in ["Tell me about the moon", "Please don't hurt anyone", "Hurt them all"]:
    print(safe_reply(msg))
