from llm import generate

print(generate("Write a tagline for a coffee shop."))
print(generate("Write a tagline for a bookshop.", max_tokens=64))
