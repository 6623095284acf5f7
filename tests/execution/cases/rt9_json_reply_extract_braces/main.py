import json

import openai

SYSTEM = ("You are an information extraction system. Answer ONLY in JSON with the keys "
          "'name', 'age' and 'city'.")


def extract(text):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        temperature=0,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": text},
        ],
    )
    content = response["choices"][0]["message"]["content"]
    # the model sometimes wraps the JSON in prose: keep what is between the braces
    start, end = content.find("{"), content.rfind("}")
    if start == -1 or end == -1:
        raise ValueError(f"no JSON in reply: {content!r}")
    return json.loads(content[start:end + 1])


if __name__ == "__main__":
    records = [
        '{"name": "Ana", "age": 31, "city": "Porto"}',
        '{"name": "Bo", "age": 45, "city": "Oslo"}',
    ]
    people = [extract(r) for r in records]
    for p in sorted(people, key=lambda p: p["age"]):
        print(f"{p['name']:<5} {p['age']:>3} {p['city']}")
    try:
        extract("no braces here")
    except ValueError as err:
        print("error:", err)
