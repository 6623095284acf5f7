import json

import openai


def stream_route(body):
    """Yields Server-Sent Events lines, as the front end expects them."""
    stream = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": body["message"]}],
        stream=True,
    )
    for chunk in stream:
        yield "data: " + json.dumps(chunk) + "\n\n"
    yield "data: [DONE]\n\n"


def client(lines):
    text, finish = "", None
    for line in lines:
        payload = line[len("data: "):].strip()
        if payload == "[DONE]":
            break
        event = json.loads(payload)
        choice = event["choices"][0]
        text += choice["delta"].get("content", "")
        finish = choice["finish_reason"] or finish
    return text, finish


if __name__ == "__main__":
    events = list(stream_route({"message": "Stream me a short poem"}))
    print(len(events), "events")
    print(client(events))
