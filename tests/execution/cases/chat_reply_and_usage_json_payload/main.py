import json

import openai


def handle(payload):
    request = json.loads(payload)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=request["messages"],
    )
    body = {
        "reply": response["choices"][0]["message"]["content"],
        "finish_reason": response["choices"][0]["finish_reason"],
        "usage": response["usage"],
    }
    return json.dumps(body, sort_keys=True)


if __name__ == "__main__":
    incoming = json.dumps({"messages": [{"role": "user", "content": "Ping from the web app"}]})
    print(handle(incoming))
