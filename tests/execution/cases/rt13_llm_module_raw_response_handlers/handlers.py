from llm import complete


def handle_ask(body):
    resp = complete(body["question"])
    return {
        "answer": resp["choices"][0].message.content,
        "finish_reason": resp.choices[0]["finish_reason"],
        "tokens": resp.usage["total_tokens"],
    }


def handle_title(body):
    resp = complete("Suggest a title for: " + body["text"], system="You write titles.")
    title = resp["choices"][0]["message"]["content"].strip().strip('"')
    return {"title": title, "prompt_tokens": resp["usage"]["prompt_tokens"]}
