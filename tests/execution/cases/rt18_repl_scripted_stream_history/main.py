"""A tiny terminal chat client. Type /reset to start over and /quit to leave."""
import os
import sys

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SYSTEM_PROMPT = "You are a helpful assistant. Keep answers short."


def new_history():
    return [{"role": "system", "content": SYSTEM_PROMPT}]


def chat(history, user_input):
    history.append({"role": "user", "content": user_input})
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=history,
        temperature=0.7,
        stream=True,
    )
    reply = ""
    print("Assistant: ", end="", flush=True)
    for chunk in response:
        delta = chunk["choices"][0]["delta"].get("content", "")
        print(delta, end="", flush=True)
        reply += delta
    print()
    history.append({"role": "assistant", "content": reply})
    return reply


def main(lines):
    history = new_history()
    for line in lines:
        line = line.strip()
        print(f"You: {line}")
        if line == "/quit":
            print("Bye!")
            break
        if line == "/reset":
            history = new_history()
            print("(history cleared)")
            continue
        chat(history, line)
    print(f"{len(history)} messages in history")


if __name__ == "__main__":
    main(["hello there", "what is a haiku?", "/reset", "write one about rain", "/quit"])
    sys.stdout.flush()
