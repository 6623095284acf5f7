import json

import openai

BOOK_FLIGHT = {
    "name": "book_flight",
    "description": "Book a flight",
    "parameters": {
        "type": "object",
        "properties": {
            "origin": {"type": "string"},
            "destination": {"type": "string"},
            "text": {"type": "string"},
        },
        "required": ["origin", "destination"],
    },
}


class MissingArguments(Exception):
    pass


def extract(request):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": request}],
        functions=[BOOK_FLIGHT],
        function_call={"name": "book_flight"},
        temperature=0,
    )
    args = json.loads(resp["choices"][0]["message"]["function_call"]["arguments"])
    missing = [k for k in BOOK_FLIGHT["parameters"]["required"] if k not in args]
    if missing:
        raise MissingArguments(", ".join(missing))
    return args


def extract_with_fallback(request):
    try:
        return extract(request)
    except MissingArguments as exc:
        print(f"model left out: {exc}")
        words = request.split()
        return {"origin": words[words.index("from") + 1], "destination": words[words.index("to") + 1]}


print(extract_with_fallback("book me a flight from Paris to Rome next friday"))
