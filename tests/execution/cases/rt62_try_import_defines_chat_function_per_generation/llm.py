"""chat() for whichever openai package is installed."""
try:
    from openai import OpenAI

    _client = OpenAI()

    def chat(model, messages, **options):
        return _client.chat.completions.create(model=model, messages=messages, **options)

except ImportError:
    from openai import ChatCompletion

    def chat(model, messages, **options):
        return ChatCompletion.create(model=model, messages=messages, **options)
