import json

import openai

PROMPT = """Extract the product and quantity from the order below.
Return JSON with keys "product" and "quantity".
Order: {order}"""


def extract(order, attempts=3):
    messages = [{"role": "user", "content": PROMPT.format(order=order)}]
    for attempt in range(attempts):
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=messages,
            temperature=max(0.0, 0.8 - 0.4 * attempt),
            max_tokens=60,
        )
        content = response["choices"][0]["message"]["content"]
        try:
            return json.loads(content), attempt + 1
        except json.JSONDecodeError as e:
            messages.append({"role": "assistant", "content": content})
            messages.append({"role": "user",
                             "content": f"That was not valid JSON ({e.msg}). JSON only please."})
    return {"product": None, "quantity": None}, attempts


data, tries = extract("two boxes of green tea")
print(data, "after", tries, "tries")
