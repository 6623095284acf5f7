import openai


def moderate(text):
    response = openai.Moderation.create(input=text)
    return response["results"][0]
