import openai


def tagline(product):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Write a tagline for {product}:",
        max_tokens=32,
        n=1,
        best_of=1,
        logprobs=None,
        echo=False,
    )
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(tagline("a bicycle bell"))
