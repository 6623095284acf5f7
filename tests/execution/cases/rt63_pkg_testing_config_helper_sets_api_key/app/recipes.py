import openai


def scale(ingredients, factor):
    return {name: round(qty * factor, 2) for name, qty in ingredients.items()}


def suggest(ingredients):
    listing = ", ".join(sorted(ingredients))
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Suggest a dish using: {listing}\nDish:",
        max_tokens=12,
        temperature=0,
    )
    return response.choices[0].text.strip()
