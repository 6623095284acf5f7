import openai


def variants(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Rephrase: {text}"}],
        n=4,
    )
    choices = resp["choices"]
    print(len(choices), "variants")
    print("last:", choices[-1]["index"], choices[-1]["message"]["content"])
    for c in choices[1:3]:
        print("middle:", c["index"], c["finish_reason"])
    return [c["message"]["content"] for c in reversed(choices)][:2]


if __name__ == "__main__":
    print(variants("the cat sat on the mat"))
