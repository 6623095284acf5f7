import json

import openai

TEMPLATE = """Convert the address to JSON with keys street, city, zip.
Address: {address}
```json
{partial}"""


def to_json(address, max_attempts=2):
    partial = "{"
    for attempt in range(1, max_attempts + 1):
        completion = openai.Completion.create(
            model="gpt-3.5-turbo-instruct",
            prompt=TEMPLATE.format(address=address, partial=partial),
            max_tokens=200,
            temperature=0,
            stop=["```"],
        )
        body = completion.choices[0].text
        candidate = body[body.find("{"):] if "{" in body else partial + body
        try:
            return json.loads(candidate), attempt
        except ValueError as err:
            print(f"attempt {attempt}: {err.__class__.__name__}: {str(err)[:30]}")
            partial = '{"street": '
    return None, max_attempts


print(to_json('{"street": "1 Main St", "city": "Springfield", "zip": "12345"}'))
print(to_json("221B Baker Street, London"))
