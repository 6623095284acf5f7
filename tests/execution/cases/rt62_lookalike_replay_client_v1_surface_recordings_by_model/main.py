from replay import ReplayClient

client = ReplayClient()


def suggest(thing, model="gpt-3.5-turbo"):
    resp = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": f"Suggest a name for a {thing}"}]
    )
    return f"{resp.model}: {resp.choices[0].message.content}"


if __name__ == "__main__":
    print(suggest("bakery"))
    print(suggest("bookshop"))
    print(suggest("bakery", model="gpt-4"))
