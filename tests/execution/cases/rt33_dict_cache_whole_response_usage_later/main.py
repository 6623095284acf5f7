"""Keep whole API responses in an in-memory dict and build a small report from them later."""
import openai

_cache = {}


def complete(prompt, **params):
    key = (prompt, tuple(sorted(params.items())))
    if key not in _cache:
        _cache[key] = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            **params,
        )
    return _cache[key]


prompts = ["Name a color.", "Name a fruit.", "Name a color."]
for p in prompts:
    r = complete(p, temperature=0.5, max_tokens=10)
    print(p, "=>", r["choices"][0]["message"]["content"])

complete("Name a planet.", max_tokens=3)

print("cached responses:", len(_cache))
total = 0
for (prompt, params), resp in _cache.items():
    usage = resp["usage"]
    total += usage["total_tokens"]
    print(f"{prompt:<16} {dict(params)} prompt={usage['prompt_tokens']} "
          f"completion={usage['completion_tokens']} finish={resp['choices'][0]['finish_reason']}")
print("total tokens:", total)
