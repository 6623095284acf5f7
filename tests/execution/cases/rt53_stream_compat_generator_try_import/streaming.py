import openai

try:
    from openai import OpenAI

    _client = OpenAI()
except ImportError:
    _client = None

STREAM_MODEL = "gpt-4-0613"


def stream_chat(prompt):
    messages = [{"role": "user", "content": prompt}]
    if _client is not None:
        for chunk in _client.chat.completions.create(model=STREAM_MODEL, messages=messages,
                                                     stream=True):
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
        return
    for chunk in openai.ChatCompletion.create(model=STREAM_MODEL, messages=messages,
                                              stream=True):
        piece = chunk["choices"][0]["delta"].get("content", "")
        if piece:
            yield piece
