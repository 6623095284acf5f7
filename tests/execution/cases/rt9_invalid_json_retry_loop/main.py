import json

import openai

MODEL = "gpt-3.5-turbo"


def ask_json(question, attempts=3):
    messages = [
        {"role": "system", "content": "Reply with a JSON object only, no prose."},
        {"role": "user", "content": question},
    ]
    for attempt in range(1, attempts + 1):
        response = openai.ChatCompletion.create(model=MODEL, messages=messages, temperature=0)
        content = response.choices[0].message.content
        try:
            return json.loads(content)
        except json.JSONDecodeError as err:
            print(f"attempt {attempt}: invalid JSON ({err.msg} at {err.pos})")
            messages.append({"role": "assistant", "content": content})
            messages.append({"role": "user", "content": "That was not valid JSON. Try again."})
    return None


if __name__ == "__main__":
    result = ask_json("List two colors")
    print("result:", result)
