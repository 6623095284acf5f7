"""A minimal streaming chat endpoint with the standard library only."""
import json
from urllib.parse import parse_qs
from wsgiref.util import setup_testing_defaults

import openai


def event_stream(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    for chunk in response:
        choice = chunk.choices[0]
        text = choice.delta.get("content", "")
        if text:
            yield ("data: " + json.dumps({"token": text}) + "\n\n").encode("utf-8")
        if choice.finish_reason:
            yield ("event: done\ndata: " + choice.finish_reason + "\n\n").encode("utf-8")


def app(environ, start_response):
    if environ["PATH_INFO"] != "/chat":
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    query = parse_qs(environ.get("QUERY_STRING", ""))
    question = query.get("q", ["hello"])[0]
    start_response("200 OK", [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")])
    return event_stream(question)


def call(path, query=""):
    environ = {"PATH_INFO": path, "QUERY_STRING": query}
    setup_testing_defaults(environ)
    status = []
    body = app(environ, lambda s, headers: status.append(s))
    data = b"".join(body).decode("utf-8")
    return status[0], data


if __name__ == "__main__":
    print(call("/missing"))
    status, data = call("/chat", "q=tell+me+a+joke")
    print(status)
    print(data, end="")
