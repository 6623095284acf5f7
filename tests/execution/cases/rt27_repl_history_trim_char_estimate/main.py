"""Terminal chatbot with a rolling memory (roughly 4 characters per token)."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SYSTEM = "You are ChatBuddy, a cheerful assistant. Answer in one sentence."
MAX_CONTEXT_TOKENS = 40


def estimate_tokens(messages):
    return sum(len(m["content"]) // 4 + 4 for m in messages)


def trim(history):
    while estimate_tokens(history) > MAX_CONTEXT_TOKENS and len(history) > 2:
        dropped = history.pop(1)
        print(f"  (forgot a {dropped['role']} message)")


def main():
    history = [{"role": "system", "content": SYSTEM}]
    # stand-in for input() in a loop
    script = ["hi there", "what is the capital of France", "and of Spain?", "thanks, bye", "/quit"]
    for line in script:
        if line == "/quit":
            break
        history.append({"role": "user", "content": line})
        trim(history)
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=history,
            max_tokens=60,
            temperature=0.8,
        )
        answer = resp["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": answer})
        print(f"you> {line}")
        print(f"bot> {answer}")
    print("context estimate:", estimate_tokens(history), "messages:", len(history))


if __name__ == "__main__":
    main()
