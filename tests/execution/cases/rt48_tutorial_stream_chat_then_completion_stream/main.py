import os
import sys
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# --- Streaming a chat completion -------------------------------------------------
start_time = time.time()
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Count to ten, with a comma between each number."}],
    temperature=0,
    stream=True,
)
collected = []
chunks_seen = 0
for chunk in response:
    chunks_seen += 1
    delta = chunk["choices"][0]["delta"]
    text = delta.get("content", "")
    collected.append(text)
    print(text, end="", flush=True)
    if chunk["choices"][0]["finish_reason"] is not None:
        print()
        print("finish:", chunk["choices"][0]["finish_reason"])
elapsed = time.time() - start_time
print("chunks:", chunks_seen, "elapsed ok:", elapsed >= 0, file=sys.stderr)
print("full reply:", "".join(collected))

# --- Streaming a completion --------------------------------------------------------
response = openai.Completion.create(
    model="text-davinci-003",
    prompt="Write the alphabet from a to f",
    max_tokens=50,
    temperature=0,
    stream=True,
)
pieces = []
for event in response:
    event_text = event["choices"][0]["text"]
    pieces.append(event_text)
    print(event_text, end="")
print()
print("pieces joined:", "".join(pieces))
