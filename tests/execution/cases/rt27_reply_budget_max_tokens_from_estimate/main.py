import math
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

CONTEXT_LIMIT = 30
MIN_REPLY = 3


def rough_tokens(messages):
    return math.ceil(sum(len(m["content"].split()) for m in messages) * 4 / 3)


def reply(history):
    budget = max(CONTEXT_LIMIT - rough_tokens(history), MIN_REPLY)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=history, max_tokens=budget
    )
    choice = response.choices[0]
    text = choice.message.content
    if choice.finish_reason == "length":
        text += " ... (cut off, say 'go on')"
    return budget, text


history = [{"role": "system", "content": "Be brief."}]
for line in ["hello", "explain photosynthesis simply", "now explain it to a five year old please"]:
    history.append({"role": "user", "content": line})
    budget, text = reply(history)
    history.append({"role": "assistant", "content": text})
    print(f"[{budget}] {text}")
