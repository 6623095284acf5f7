"""The two endpoints of our summarizer API (Flask routes in production; here plain functions that
take the parsed JSON body and return (status, payload))."""
import os

import openai

COMPLETION_ENGINE = os.environ.get("SUMMARY_ENGINE", "text-davinci-003")
MAX_INPUT_WORDS = 400


def _json_error(status, message):
    return status, {"ok": False, "error": message}


def summarize(body):
    text = (body or {}).get("text", "").strip()
    if not text:
        return _json_error(400, "missing 'text'")
    if len(text.split()) > MAX_INPUT_WORDS:
        return _json_error(413, "text too long")
    openai.api_key = os.environ["OPENAI_API_KEY"]
    prompt = f"Summarize the following text in two sentences:\n\n{text}\n\nSummary:"
    response = openai.Completion.create(
        engine=COMPLETION_ENGINE,
        prompt=prompt,
        max_tokens=int(body.get("max_tokens", 120)),
        temperature=0.3,
    )
    choice = response["choices"][0]
    return 200, {
        "ok": True,
        "summary": choice["text"].strip(),
        "truncated": choice["finish_reason"] == "length",
        "tokens": response["usage"]["total_tokens"],
    }


def title(body):
    text = (body or {}).get("text", "").strip()
    if not text:
        return _json_error(400, "missing 'text'")
    openai.api_key = os.environ["OPENAI_API_KEY"]
    response = openai.Completion.create(
        engine=COMPLETION_ENGINE,
        prompt=f"Write a short title for this text:\n{text}\nTitle:",
        max_tokens=16,
        temperature=0.5,
        stop=["\n"],
    )
    return 200, {"ok": True, "title": response.choices[0].text.strip().strip('"')}


ROUTES = {("POST", "/summarize"): summarize, ("POST", "/title"): title}


def handle(method, path, body):
    view = ROUTES.get((method, path))
    if view is None:
        return _json_error(404, "not found")
    return view(body)
