"""Terminal chat, scripted for the demo: no input(), the turns come from a list."""
import openai

MODEL = "gpt-3.5-turbo"
SYSTEM_PROMPT = "You are Marvin, a slightly depressed robot."

SCRIPT = [
    "hello",
    "/history",
    "what's the meaning of life?",
    "/reset",
    "do you remember me?",
    "/tokens",
    "quit",
    "this is never sent",
]


def new_history():
    return [{"role": "system", "content": SYSTEM_PROMPT}]


def main():
    history = new_history()
    total_tokens = 0
    for line in SCRIPT:
        print(f">>> {line}")
        if line in ("quit", "exit"):
            print("bye")
            break
        if line == "/reset":
            history = new_history()
            print("[history cleared]")
            continue
        if line == "/history":
            for msg in history:
                print(f"  {msg['role']}: {msg['content']}")
            continue
        if line == "/tokens":
            print(f"[{total_tokens} tokens so far]")
            continue
        history.append({"role": "user", "content": line})
        completion = openai.ChatCompletion.create(model=MODEL, messages=history)
        answer = completion["choices"][0]["message"]
        total_tokens += completion["usage"]["total_tokens"]
        history.append(answer)
        print(answer["content"])


if __name__ == "__main__":
    main()
