import json

import openai

MODELS = {
    "fast": "gpt-3.5-turbo",
    "smart": "gpt-4",
}


def handle_completion(request):
    tier = request.get("tier", "fast")
    if tier not in MODELS:
        return 400, {"error": f"unknown tier {tier!r}", "allowed": sorted(MODELS)}
    completion = openai.ChatCompletion.create(
        model=MODELS[tier],
        messages=[{"role": "user", "content": request["prompt"]}],
    )
    return 200, {
        "tier": tier,
        "reply": completion.choices[0].message.content,
        "tokens": completion.usage.total_tokens,
    }


if __name__ == "__main__":
    for req in [
        {"prompt": "Hello there"},
        {"prompt": "Prove that sqrt(2) is irrational", "tier": "smart"},
        {"prompt": "Hi", "tier": "turbo-max"},
    ]:
        status, body = handle_completion(req)
        print(status, json.dumps(body))
