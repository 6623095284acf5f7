import json

import openai


def send(messages):
    try:
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    except openai.error.InvalidRequestError as e:
        details = json.loads(e.http_body)["error"]
        print("rejected: param =", details["param"], "| code =", details["code"])
        return None
    return response["choices"][0]["message"]["content"]


print(send([{"role": "user", "content": "Tell me a joke"}]))
print(send([{"role": "narrator", "content": "Once upon a time"}]))
