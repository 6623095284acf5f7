from deps import MODEL_ROUTES, local_generate


def completions(body):
    engine = body["model"]
    text, finish = local_generate(MODEL_ROUTES.get(engine, engine), body["prompt"],
                                  body.get("max_tokens", 16))
    return 200, {"object": "text_completion", "model": engine,
                 "choices": [{"index": 0, "text": text, "finish_reason": finish}]}
