import datetime
import json

import openai


def respond(obj, status=200):
    return status, json.dumps(obj, default=str)


def time_route():
    return respond({"now": datetime.date(2023, 5, 1)})


def completion_route(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    return respond(response)


if __name__ == "__main__":
    print(*time_route())
    status, body = completion_route("Name a river")
    data = json.loads(body)
    print(status, data["choices"][0]["message"]["content"], data["usage"]["total_tokens"])
