import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

messages = [{"role": "system", "content": "You are a friendly tutor for Python beginners."}]
user_turns = [
    "What is a list?",
    "How do I add an item to it?",
    "And remove one?",
]

total_tokens = 0
for turn in user_turns:
    messages.append({"role": "user", "content": turn})
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        temperature=0.2,
        max_tokens=150,
        presence_penalty=0.6,
    )
    reply = response.choices[0].message.content
    messages.append({"role": "assistant", "content": reply})
    total_tokens += response["usage"]["total_tokens"]
    print(f"User: {turn}")
    print(f"Tutor: {reply}")
    print(f"(finish={response.choices[0].finish_reason}, history={len(messages)})")

print("Total tokens used:", total_tokens)
print("Cost estimate: $%.6f" % (total_tokens / 1000 * 0.002))
