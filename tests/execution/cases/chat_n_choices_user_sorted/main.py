import openai


def slogans(product, n=3, user_id="user-42"):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"A slogan for {product}"}],
        n=n,
        user=user_id,
    )
    ordered = sorted(resp["choices"], key=lambda c: c["index"])
    return [(c["index"], c["message"]["content"]) for c in ordered], resp["usage"]["completion_tokens"]


if __name__ == "__main__":
    options, used = slogans("a solar powered kettle")
    for index, text in options:
        print(index, text)
    print("completion tokens:", used)
