import openai

SYSTEM = "You are a terse assistant."


def answer(question):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0301",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    text = (
        resp["choices"]  # every candidate the model returned
        [0]  # we only asked for one
        ["message"]
        # the assistant's text
        ["content"]
    )
    tokens = resp[
        "usage"
    ][
        "total_tokens"  # prompt + completion
    ]
    return text, tokens


if __name__ == "__main__":
    for q in ("What is the capital of Peru?", "Spell cat backwards"):
        text, tokens = answer(q)
        print(f"{q} -> {text} ({tokens} tokens)")
