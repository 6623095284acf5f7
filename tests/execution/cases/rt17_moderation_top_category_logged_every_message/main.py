"""Log the riskiest moderation category of a flagged message instead of answering it."""
import openai


def riskiest(text):
    result = openai.Moderation.create(input=text, model="text-moderation-latest")["results"][0]
    scores = result["category_scores"]
    top = max(scores, key=scores.get)
    return top, round(scores[top], 3), result["flagged"]


def handle(text):
    top, score, flagged = riskiest(text)
    if flagged:
        print(f"[mod] blocked: top={top} score={score}")
        return "(blocked)"
    chat = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        temperature=0.7,
    )
    return chat.choices[0].message.content


for text in ["what's a good name for a cat?", "I will kill this bug today"]:
    print(handle(text))
