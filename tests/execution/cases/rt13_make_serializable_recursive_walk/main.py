import json

import openai


def to_jsonable(value):
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def answer_route(body):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": body["q"]}],
    )
    return json.dumps({"ok": True, "completion": to_jsonable(response)})


if __name__ == "__main__":
    wire = answer_route({"q": "What is JSON?"})
    data = json.loads(wire)
    completion = data["completion"]
    print(data["ok"], completion["choices"][0]["message"]["role"],
          completion["choices"][0]["message"]["content"], completion["usage"])
