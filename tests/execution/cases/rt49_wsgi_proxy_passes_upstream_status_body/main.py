"""A tiny WSGI endpoint that forwards chat requests and passes OpenAI's errors through."""
import io
import json

import openai


def app(environ, start_response):
    body = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
    try:
        response = openai.ChatCompletion.create(
            model=body.get("model", "gpt-3.5-turbo"),
            messages=body["messages"],
        )
    except openai.error.OpenAIError as e:
        status = e.http_status or 502
        payload = e.json_body or {"error": {"message": str(e), "type": "proxy_error"}}
        start_response(f"{status} Upstream Error", [("Content-Type", "application/json")])
        return [json.dumps(payload, sort_keys=True).encode()]
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"text": response["choices"][0]["message"]["content"]}).encode()]


def call(payload):
    raw = json.dumps(payload).encode()
    environ = {"wsgi.input": io.BytesIO(raw), "CONTENT_LENGTH": str(len(raw))}
    seen = {}

    def start_response(status, headers):
        seen["status"] = status

    out = b"".join(app(environ, start_response))
    return seen["status"], json.loads(out)


print(*call({"messages": [{"role": "user", "content": "Hello proxy"}]}))
print(*call({"model": "gpt-3.5-turbo-0001", "messages": [{"role": "user", "content": "x"}]}))
print(*call({"messages": []}))
