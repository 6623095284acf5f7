import openai


def product_names(description, n=2):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Product name ideas for: {description}\nNames:",
        max_tokens=16,
        n=n,
        temperature=0,
    )
    return [choice["text"].strip() for choice in response["choices"]]
