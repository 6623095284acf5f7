import openai


def post_chat(**payload):
    """The only place that talks to the API."""
    return openai.ChatCompletion.create(**payload)
