"""A Flask-style endpoint body: the reply text, its role and the usage go out as JSON."""
import json

import openai


def chat_endpoint(payload):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=payload["messages"],
    )
    message = response["choices"][0]["message"]
    body = {"reply": message["content"], "role": message["role"], "usage": response["usage"]}
    return json.dumps(body, sort_keys=True)


if __name__ == "__main__":
    print(chat_endpoint({"messages": [{"role": "user", "content": "ping"}]}))
