from safety import is_allowed
from vision import ask

with open("beach.png", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + b"sand and sea" * 4)

questions = [
    "What time of day is it in this photo?",
    "I hate this photo, who took it?",
    "Count the people on the beach.",
]
total = 0
for q in questions:
    if not is_allowed(q):
        print("skipped (moderation):", q)
        continue
    resp = ask("beach.png", q)
    total += resp["usage"]["completion_tokens"]
    print(resp["id"][:8], "->", resp["choices"][0]["message"]["content"])
print("completion tokens:", total)
