import openai


def fill(prefix, suffix=None, max_tokens=30):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prefix,
        suffix=suffix,
        max_tokens=max_tokens,
        temperature=0,
    )
    return response.choices[0].text


if __name__ == "__main__":
    print(fill("def add(a, b):"))
    print(fill("# TODO", suffix="\nreturn x"))
