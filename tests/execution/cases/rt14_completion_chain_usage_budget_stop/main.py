import openai

BUDGET = 400
spent = 0


def step(name, prompt, max_tokens):
    global spent
    if spent >= BUDGET:
        raise RuntimeError(f"token budget exhausted before {name}")
    r = openai.Completion.create(
        model="text-davinci-002",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0.8,
        presence_penalty=0.6,
    )
    spent += r["usage"]["total_tokens"]
    print(f"{name:8} finish={r['choices'][0]['finish_reason']:6} spent={spent}")
    return r["choices"][0]["text"].strip()


topic = "urban beekeeping"
outline = step("outline", f"Write a 3 point outline for a blog post about {topic}.", 30)
draft = step("draft", f"Write the blog post following this outline:\n{outline}\n", 60)
title = step("title", f"Suggest a catchy title for this post:\n{draft}\nTitle:", 12)
print("title:", title)
