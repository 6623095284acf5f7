import json

import openai

ALLOWED_MODELS = {"gpt-3.5-turbo", "gpt-4"}
DEFAULT_MODEL = "gpt-3.5-turbo"


def chat_api(raw):
    body = json.loads(raw)
    model = body.get("model", DEFAULT_MODEL)
    if model not in ALLOWED_MODELS:
        return 400, {"error": f"model {model} is not allowed"}
    response = openai.ChatCompletion.create(model=model, messages=body["messages"])
    return 200, {"content": response["choices"][0]["message"]["content"]}


if __name__ == "__main__":
    for raw in [
        json.dumps({"model": "gpt-4", "messages": [{"role": "user", "content": "hello"}]}),
        json.dumps({"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "hi"}]}),
        json.dumps({"model": "davinci", "messages": [{"role": "user", "content": "yo"}]}),
    ]:
        print(*chat_api(raw))
