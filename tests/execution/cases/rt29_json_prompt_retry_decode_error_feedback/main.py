import json
import re

import openai

SYSTEM = ("You turn product reviews into JSON with the keys sentiment (positive/negative) and "
          "stars (1-5). Reply with JSON only, no prose.")


def parse_json(content):
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        found = re.search(r"\{.*\}", content, re.S)
        if not found:
            raise
        return json.loads(found.group(0))


def review_to_json(review, retries=3):
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Review: {review}"},
    ]
    for attempt in range(retries):
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=messages,
            temperature=0,
            max_tokens=200,
        )
        content = response["choices"][0]["message"]["content"]
        try:
            return parse_json(content), attempt
        except json.JSONDecodeError as err:
            print(f"  attempt {attempt}: invalid JSON ({err.msg}, pos {err.pos})")
            messages.append({"role": "assistant", "content": content})
            messages.append({"role": "user", "content": 'That was not JSON. Answer exactly like '
                                                        '{"sentiment": "positive", "stars": 5}'})
    return None, retries


for review in ["Great blender, crushes ice in seconds.", "Broke after two days."]:
    data, tries = review_to_json(review)
    print(review, "->", data, f"(after {tries + 1} calls)")
