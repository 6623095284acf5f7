from gen import complete

rows = []
for prompt, limit in [("Slogan for a gym:", 24), ("A very long product description for a smart water bottle that tracks hydration:", 6)]:
    text, raw = complete(prompt, max_tokens=limit)
    rows.append((text, raw["choices"][0]["finish_reason"], raw["usage"]["total_tokens"]))
for text, finish, tokens in rows:
    print(f"{text!r} finish={finish} tokens={tokens}")
