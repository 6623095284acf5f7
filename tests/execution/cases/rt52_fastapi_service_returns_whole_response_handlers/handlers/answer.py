import json

from deps import completion


def answer(request):
    response = completion([{"role": "user", "content": request["question"]}])
    usage = response.get("usage", {})
    return {
        "answer": response["choices"][0].message.content,
        "tokens": usage.get("total_tokens", 0),
        "usage_json": json.dumps(usage, sort_keys=True),
    }
