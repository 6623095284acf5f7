import openai

MODEL = "gpt-3.5-turbo"


def stream_chat(messages):
    """The raw chunks of a streamed reply, for callers that render them."""
    yield from openai.ChatCompletion.create(model=MODEL, messages=messages, stream=True)
