"""Minimal JSON API in front of ChatCompletion (no framework, just a route table)."""
import json
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def chat_handler(payload):
    if not payload.get("message"):
        return {"status": 400, "body": {"error": "message is required"}}
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": payload["message"]},
        ],
    )
    return {"status": 200, "body": {"data": response}}


def ping_handler(payload):
    return {"status": 200, "body": {"pong": True}}


ROUTES = {
    ("POST", "/chat"): chat_handler,
    ("GET", "/ping"): ping_handler,
}


def dispatch(method, path, raw_body=""):
    handler = ROUTES.get((method, path))
    if handler is None:
        return 404, json.dumps({"error": "not found"})
    payload = json.loads(raw_body) if raw_body else {}
    result = handler(payload)
    return result["status"], json.dumps(result["body"])


if __name__ == "__main__":
    requests = [
        ("GET", "/ping", ""),
        ("POST", "/chat", json.dumps({"message": "What is a REST API?"})),
        ("POST", "/chat", json.dumps({})),
        ("GET", "/nope", ""),
    ]
    for method, path, body in requests:
        status, text = dispatch(method, path, body)
        data = json.loads(text)
        if "data" in data:
            completion = data["data"]
            print(status, completion["object"], completion["choices"][0]["message"]["content"],
                  completion["usage"]["total_tokens"])
        else:
            print(status, data)
