import json

import openai

EXTRACT_FN = {
    "name": "extract_contact",
    "description": "Extract contact details from an email signature",
    "parameters": {
        "type": "object",
        "properties": {
            "text": {"type": "string", "description": "the cleaned signature"},
        },
        "required": ["text"],
    },
}

SIGNATURES = [
    "Jane Doe | CTO | jane@example.com",
    "Bob -- bob@example.org -- +1 555 0100",
]


def extract(sig):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[
            {"role": "system", "content": "Extract structured data."},
            {"role": "user", "content": sig},
        ],
        functions=[EXTRACT_FN],
        function_call={"name": EXTRACT_FN["name"]},
    )
    choice = completion.choices[0]
    if choice.finish_reason != "function_call":
        return None
    arguments = choice["message"]["function_call"]["arguments"]
    return json.loads(arguments)


rows = [extract(s) for s in SIGNATURES]
for row in rows:
    emails = [w for w in row["text"].split() if "@" in w]
    print(emails, len(row["text"]))
