import openai


def check(text):
    result = openai.Moderation.create(input=text)["results"][0]
    categories = [name for name, hit in result["categories"].items() if hit]
    return result["flagged"], categories, round(result["category_scores"]["violence"], 2)
