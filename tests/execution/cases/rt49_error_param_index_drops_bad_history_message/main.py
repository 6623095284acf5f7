"""Resume a saved chat. Old transcripts may hold messages the API refuses (a 'bot' role from an
earlier app version); too long histories are trimmed from the front."""
import re

import openai

TRANSCRIPT = [
    {"role": "system", "content": "You are a cooking assistant."},
    {"role": "user", "content": "How long do I boil an egg?"},
    {"role": "bot", "content": "About nine minutes."},
    {"role": "user", "content": "And for a soft one?"},
    {"role": "assistant", "content": "Six minutes."},
    {"role": "bot", "content": "Enjoy!"},
]


def continue_chat(history, question, attempts=5):
    history = history + [{"role": "user", "content": question}]
    for _ in range(attempts):
        try:
            response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
            return response["choices"][0]["message"]["content"], history
        except openai.error.InvalidRequestError as e:
            if e.code == "context_length_exceeded":
                history = history[:1] + history[3:]
                print("  trimmed: history too long")
                continue
            match = re.match(r"messages\[(\d+)\]", e.param or "")
            if match:
                index = int(match.group(1))
                print(f"  dropped message {index} ({e.code}, status {e.http_status})")
                history = history[:index] + history[index + 1:]
                continue
            raise
    raise RuntimeError("could not continue the chat")


reply, kept = continue_chat(TRANSCRIPT, "What about a poached egg?")
print(reply)
print("kept roles:", [m["role"] for m in kept])
