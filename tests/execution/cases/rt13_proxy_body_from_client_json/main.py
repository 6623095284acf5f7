import json

import openai

ALLOWED_KEYS = {"model", "messages", "temperature", "max_tokens", "n"}


def proxy_chat(raw_body):
    body = json.loads(raw_body)
    unknown = set(body) - ALLOWED_KEYS
    if unknown:
        return 400, {"error": f"unsupported fields: {sorted(unknown)}"}
    response = openai.ChatCompletion.create(**body)
    return 200, response


if __name__ == "__main__":
    incoming = [
        '{"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}',
        '{"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "x"}], "stream": true}',
    ]
    for raw in incoming:
        status, body = proxy_chat(raw)
        if status == 200:
            print(status, body["choices"][0]["message"]["content"], body["usage"]["total_tokens"])
        else:
            print(status, body)
