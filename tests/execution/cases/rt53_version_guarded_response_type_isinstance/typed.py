import openai

if openai.__version__.startswith("0."):
    from openai.openai_object import OpenAIObject as ChatResponse
else:
    from openai.types.chat import ChatCompletion as ChatResponse

MODEL = "gpt-3.5-turbo"


def validate(resp):
    if not isinstance(resp, ChatResponse):
        raise TypeError(f"unexpected response type {type(resp).__name__}")
    return resp


def ask(question):
    resp = validate(openai.ChatCompletion.create(
        model=MODEL, messages=[{"role": "user", "content": question}]))
    return resp.choices[0].message.content
