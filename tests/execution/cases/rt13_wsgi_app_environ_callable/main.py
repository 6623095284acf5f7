import io
import json
from wsgiref.util import setup_testing_defaults

import openai

MODEL = "gpt-3.5-turbo"


def app(environ, start_response):
    if environ["REQUEST_METHOD"] != "POST":
        start_response("405 Method Not Allowed", [("Content-Type", "application/json")])
        return [b'{"error": "POST only"}']
    size = int(environ.get("CONTENT_LENGTH") or 0)
    data = json.loads(environ["wsgi.input"].read(size))
    completion = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": data["prompt"]}],
        max_tokens=100,
    )
    body = {
        "id": "local-1",
        "text": completion.choices[0].message["content"],
        "finish_reason": completion.choices[0].finish_reason,
    }
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps(body).encode("utf-8")]


def call(method, payload=None):
    raw = json.dumps(payload).encode() if payload is not None else b""
    environ = {"REQUEST_METHOD": method, "CONTENT_LENGTH": str(len(raw)),
               "wsgi.input": io.BytesIO(raw)}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers):
        seen["status"] = status

    body = b"".join(app(environ, start_response))
    return seen["status"], body.decode()


if __name__ == "__main__":
    print(*call("GET"))
    print(*call("POST", {"prompt": "Explain WSGI in a sentence"}))
