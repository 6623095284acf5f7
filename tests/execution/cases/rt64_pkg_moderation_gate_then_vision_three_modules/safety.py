import openai


def is_allowed(text):
    result = openai.Moderation.create(input=text, model="text-moderation-stable")
    flagged = result["results"][0]["flagged"]
    return not flagged
