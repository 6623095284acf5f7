"""Route messages using per-category thresholds (scores read with .get and defaults)."""
import openai

THRESHOLDS = {"self-harm/intent": 0.2, "violence": 0.5, "harassment": 0.6}


def route(text):
    result = openai.Moderation.create(input=text)["results"][0]
    scores = result["category_scores"]
    over = [c for c, limit in THRESHOLDS.items() if scores.get(c, 0.0) > limit]
    violent = result["categories"].get("violence", False)
    if over:
        return "escalate:" + "+".join(over) + (" (violent)" if violent else "")
    return "ok"


for text in ["lovely weather", "I want to hurt him", "you are stupid"]:
    print(text, "->", route(text))
