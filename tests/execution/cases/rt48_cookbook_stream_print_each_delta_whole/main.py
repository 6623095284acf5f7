import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# Example from "How to stream completions": print every delta as it arrives
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Count to three"}],
    temperature=0,
    stream=True,
)

collected_messages = []
for chunk in response:
    chunk_message = chunk["choices"][0]["delta"]
    collected_messages.append(chunk_message)
    print(f"Message received: {chunk_message}")

full_reply_content = "".join([m.get("content", "") for m in collected_messages])
print(f"Full conversation received: {full_reply_content}")
