import openai

BLOCK_MESSAGE = "Sorry, I can't help with that."


def screen(text):
    """Return (allowed, worst_category, worst_score) for one user message."""
    result = openai.Moderation.create(input=text, model="text-moderation-stable")["results"][0]
    scores = result["category_scores"]
    worst = max(scores, key=scores.get)
    return not result["flagged"], worst, scores[worst]
