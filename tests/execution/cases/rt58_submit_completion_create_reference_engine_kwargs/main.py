from concurrent.futures import ThreadPoolExecutor

import openai

PRODUCTS = ["solar lantern", "bamboo toothbrush", "steel water bottle"]

with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {
        name: pool.submit(
            openai.Completion.create,
            engine="text-davinci-003",
            prompt=f"Write a tagline for a {name}.",
            max_tokens=12,
            temperature=0.7,
        )
        for name in PRODUCTS
    }

tokens = 0
for name, future in futures.items():
    response = future.result()
    print(f"{name}: {response['choices'][0]['text'].strip()}")
    tokens += response["usage"]["total_tokens"]
print("tokens used:", tokens)
