import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "Answer in one short sentence."},
        {"role": "user", "content": "Why is the sky blue?"},
    ],
    n=2,
)
choices = response["choices"]
answer, usage = choices[0]["message"]["content"], response["usage"]
print("first answer:", answer)
print("usage:", usage["prompt_tokens"], "+", usage["completion_tokens"], "=", usage["total_tokens"])
longest = max(choices, key=lambda c: len(c["message"]["content"]))
print("longest:", longest["index"], longest["message"]["content"])
ranked = sorted(choices, key=lambda c: (-len(c.message.content), c.index))
print("ranked:", [c.index for c in ranked])
