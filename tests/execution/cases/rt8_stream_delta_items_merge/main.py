"""Rebuild the assistant message from streamed deltas, key by key."""
import json

import openai


def stream_message(messages):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        stream=True,
    )
    message = {}
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        for key, value in delta.items():
            message[key] = message.get(key, "") + value
    return message


if __name__ == "__main__":
    history = [{"role": "user", "content": "Name three colours"}]
    msg = stream_message(history)
    history.append(msg)
    print(json.dumps(msg, sort_keys=True))
    print(len(history))
