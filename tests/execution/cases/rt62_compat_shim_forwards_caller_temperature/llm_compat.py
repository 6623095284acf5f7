import openai

if hasattr(openai, "OpenAI"):
    _client = openai.OpenAI()
else:
    _client = None


def chat_create(**kwargs):
    """openai.ChatCompletion.create on either SDK; returns a dict in both cases."""
    if _client is not None:
        return _client.chat.completions.create(**kwargs).model_dump()
    return openai.ChatCompletion.create(**kwargs).to_dict_recursive()
