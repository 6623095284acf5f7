import json

import openai

PROMPTS = {
    "system": "You are an assistant that writes {style} product titles.",
    "user": "Write a title for: {name} ({category})",
}

rows = [
    {"name": "steel water bottle", "category": "outdoor", "style": "catchy"},
    {"name": "bamboo toothbrush", "category": "bathroom", "style": "plain"},
]

for row in rows:
    messages = [
        {"role": "system", "content": PROMPTS["system"].format(**row)},
        {"role": "user", "content": PROMPTS["user"].format(**row)},
    ]
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages, max_tokens=30)
    row["title"] = response.choices[0].message["content"].strip()
    row["tokens"] = response.usage["total_tokens"]

print(json.dumps(rows, indent=1))
