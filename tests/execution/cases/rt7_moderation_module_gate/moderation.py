import openai


def check(text):
    """(allowed, flagged category names)."""
    result = openai.Moderation.create(input=text)["results"][0]
    flagged = [name for name, hit in result["categories"].items() if hit]
    return not result["flagged"], flagged
