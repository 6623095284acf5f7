"""chat.py - a tiny terminal ChatGPT (reads lines from stdin; the replay below feeds a list)."""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")
MODEL = os.environ.get("CHAT_MODEL", "gpt-3.5-turbo")
CONTEXT_WINDOW = 4096


def estimate_tokens(messages):
    # ~4 chars per token plus a few tokens of overhead per message
    return sum(len(m["content"]) // 4 + 4 for m in messages)


def repl(lines):
    messages = [{"role": "system", "content": "You are a helpful terminal assistant."}]
    for line in lines:
        print(">>>", line)
        if line == "/history":
            for m in messages[1:]:
                print(f"   {m['role']}: {m['content'][:40]}")
            continue
        if line == "/tokens":
            print("   ~", estimate_tokens(messages), "tokens in context")
            continue
        messages.append({"role": "user", "content": line})
        budget = min(256, CONTEXT_WINDOW - estimate_tokens(messages))
        response = openai.ChatCompletion.create(model=MODEL, messages=messages, max_tokens=budget)
        reply = response["choices"][0]["message"]
        messages.append(reply)
        print(reply["content"])
    return messages


history = repl(["hello", "what's a good name for a cat?", "/history", "/tokens", "shorter please"])
print(len(history), type(history[-1]["content"]).__name__)
