import openai

DEFAULTS = {
    "max_tokens": 60,
    "request_timeout": 25,
}


def complete(prompt):
    r = openai.Completion.create(model="text-davinci-003", prompt=prompt, **DEFAULTS)
    return r["choices"][0]["text"].strip()


def chat(prompt):
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}], **DEFAULTS
    )
    return r["choices"][0]["message"]["content"].strip()


if __name__ == "__main__":
    print(complete("Name a fruit."))
    print(chat("Name a vegetable."))
