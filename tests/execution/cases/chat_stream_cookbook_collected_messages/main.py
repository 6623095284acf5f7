"""The OpenAI Cookbook's 'How to stream completions' (2023): collect the deltas, join at the end."""
import time

import openai


def stream_and_collect(question):
    start_time = time.time()
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        temperature=0,
        stream=True,
    )
    collected_chunks = []
    collected_messages = []
    for chunk in response:
        chunk_time = time.time() - start_time
        collected_chunks.append(chunk)
        chunk_message = chunk["choices"][0]["delta"]
        collected_messages.append(chunk_message)
    full_reply_content = "".join([m.get("content", "") for m in collected_messages])
    return full_reply_content, len(collected_chunks), chunk_time >= 0


if __name__ == "__main__":
    text, count, timed = stream_and_collect("Count to five, with a comma between each number")
    print(f"Full conversation received: {text}")
    print(count, timed)
