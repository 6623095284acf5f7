from . import llm


def translate(payload):
    response = llm.chat([
        {"role": "system", "content": f"Translate to {payload.get('lang', 'French')}."},
        {"role": "user", "content": payload["text"]},
    ])
    return 200, {"translation": response["choices"][0]["message"]["content"],
                 "tokens": response["usage"]["total_tokens"]}


def tldr(payload):
    response = llm.chat([{"role": "user", "content": "TL;DR: " + payload["text"]}], max_tokens=6)
    choice = response["choices"][0]
    return 200, {"tldr": choice["message"]["content"], "truncated": choice["finish_reason"] == "length"}


ROUTES = {"/translate": translate, "/tldr": tldr}
