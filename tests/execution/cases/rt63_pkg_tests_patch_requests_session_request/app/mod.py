import openai


def is_flagged(text):
    result = openai.Moderation.create(input=text)
    return bool(result["results"][0]["flagged"])
