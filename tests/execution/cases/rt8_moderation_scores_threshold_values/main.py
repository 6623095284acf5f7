"""Block a message when any category score passes a threshold; report which ones."""
import openai

THRESHOLD = 0.5
WATCHED = ("hate", "violence", "self-harm", "harassment")


def check(text):
    response = openai.Moderation.create(input=text)
    result = response["results"][0]
    scores = result["category_scores"]
    categories = result["categories"]
    over = [name for name in WATCHED if scores[name] > THRESHOLD]
    worst = max(scores.values())
    return result["flagged"], over, worst, [c for c in WATCHED if categories[c]]


def reply(text):
    flagged, over, worst, hits = check(text)
    if flagged or over:
        return f"refused: over={over} hits={hits} worst={worst:.2f}"
    chat = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    return chat.choices[0].message.content


for message in ["Good morning!", "I hate you, stupid bot"]:
    print(reply(message))
