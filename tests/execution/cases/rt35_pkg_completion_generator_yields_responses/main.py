from batch import complete_all

PROMPTS = [
    "Write a tagline for a coffee shop:",
    "Write a tagline for a bike repair store:",
    "Write a tagline for a bakery:",
]

total = 0
for i, (prompt, r) in enumerate(complete_all(PROMPTS)):
    text = r["choices"][0]["text"].strip()
    total += r["usage"]["completion_tokens"]
    print(f"{i + 1}. {prompt} -> {text} [{r['choices'][0]['finish_reason']}]")
    if total > 30:
        print("budget reached, stopping")
        break
print("completion tokens:", total)
