from deps import DEFAULT_MODEL, MODEL_ROUTES, local_generate


def chat_completions(body):
    model = body.get("model", DEFAULT_MODEL)
    if model not in MODEL_ROUTES:
        return 404, {"error": {"message": f"The model `{model}` does not exist",
                               "type": "invalid_request_error"}}
    prompt = " ".join(m["content"] for m in body["messages"] if m["role"] == "user")
    text, finish = local_generate(MODEL_ROUTES[model], prompt, body.get("max_tokens"))
    return 200, {"object": "chat.completion", "model": model,
                 "choices": [{"index": 0, "finish_reason": finish,
                              "message": {"role": "assistant", "content": text}}]}
