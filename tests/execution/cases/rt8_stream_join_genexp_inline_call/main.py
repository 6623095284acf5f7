import openai

SYSTEM = "You are a terse assistant."


def ask(question):
    return "".join(
        chunk["choices"][0]["delta"].get("content", "")
        for chunk in openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": SYSTEM},
                      {"role": "user", "content": question}],
            stream=True,
        )
    )


print(ask("What does HTTP stand for?"))
print(ask("And HTTPS?").upper())
