import openai

GENERATION_KWARGS = {
    "engine": "text-davinci-003",
    "max_tokens": 40,
}


def write_product_blurb(name, features):
    prompt = (
        f"Write a one-sentence blurb for the product {name}.\n"
        f"Features: {', '.join(features)}\n"
        "Blurb:"
    )
    response = openai.Completion.create(prompt=prompt, **GENERATION_KWARGS)
    return response["choices"][0]["text"].strip()


catalog = {
    "SnugMug": ["keeps coffee hot", "spill proof lid"],
    "TrailLite": ["weighs 300 grams", "fits in a pocket", "waterproof"],
}
for name, features in catalog.items():
    print(f"{name}: {write_product_blurb(name, features)}")
