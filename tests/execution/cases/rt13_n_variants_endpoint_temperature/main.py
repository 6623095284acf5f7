import json

import openai


def variants_endpoint(body):
    n = int(body.get("n", 3))
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "You write catchy headlines."},
                  {"role": "user", "content": body["topic"]}],
        n=n,
        temperature=0.9,
        max_tokens=40,
    )
    return {
        "variants": [{"i": c["index"], "text": c["message"]["content"]} for c in response["choices"]],
        "completion_tokens": response["usage"]["completion_tokens"],
    }


if __name__ == "__main__":
    print(json.dumps(variants_endpoint({"topic": "A new coffee shop opens downtown"}), indent=2))
