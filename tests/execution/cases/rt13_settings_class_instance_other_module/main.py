import json

from llm import reply


def api(body):
    return {"reply": reply(body["text"])}


print(json.dumps(api({"text": "Give me a fun fact"})))
