import json

import openai

SCHEMA = {
    "title": "string",
    "ingredients": ["string"],
    "minutes": "integer",
}

SYSTEM_PROMPT = (
    "You are a recipe parser. Answer ONLY with a JSON object following this schema:\n"
    + json.dumps(SCHEMA, indent=2)
)


def extract_json(text):
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end == -1:
        return None
    try:
        return json.loads(text[start:end + 1])
    except json.JSONDecodeError:
        return None


def parse_recipe(recipe):
    completion = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": recipe},
        ],
        temperature=0,
        max_tokens=500,
    )
    reply = completion.choices[0].message["content"]
    return extract_json(reply) or {"title": reply.split(":", 1)[-1].strip()[:30],
                                   "ingredients": [], "minutes": None}


RECIPES = [
    'Pancakes {"title": "Pancakes", "ingredients": ["flour", "milk", "egg"], "minutes": 20}',
    "Toast: bread, butter. Five minutes.",
]
for r in RECIPES:
    data = parse_recipe(r)
    print(json.dumps(data, sort_keys=True))
