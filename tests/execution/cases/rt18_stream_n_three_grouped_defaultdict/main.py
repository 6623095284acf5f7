from collections import defaultdict

import openai


def slogans(product, n=3):
    stream = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You write catchy slogans."},
            {"role": "user", "content": f"A slogan for {product}"},
        ],
        n=n,
        temperature=1.2,
        stream=True,
    )
    parts = defaultdict(list)
    finished = {}
    for chunk in stream:
        for choice in chunk.choices:
            if "content" in choice.delta:
                parts[choice.index].append(choice.delta.content)
            if choice.finish_reason:
                finished[choice.index] = choice.finish_reason
    return ["".join(parts[i]) for i in sorted(parts)], finished


texts, finished = slogans("reusable water bottles")
for i, text in enumerate(texts):
    print(f"{i + 1}. {text} ({finished[i]})")
