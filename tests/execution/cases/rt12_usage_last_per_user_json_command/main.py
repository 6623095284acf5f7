"""A /usage command shows the token usage of the user's last request as JSON."""
import json

import openai

last_usage = {}


def chat(user, text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}]
    )
    last_usage[user] = response["usage"]
    return response["choices"][0]["message"]["content"]


def handle(user, text):
    if text == "/usage":
        if user not in last_usage:
            return "no requests yet"
        return json.dumps(last_usage[user], sort_keys=True)
    return chat(user, text)


if __name__ == "__main__":
    for user, text in [("a", "/usage"), ("a", "count my tokens please"), ("a", "/usage"),
                       ("b", "hi"), ("b", "/usage")]:
        print(user, handle(user, text))
