import openai

SETTINGS = {
    "model": "gpt-3.5-turbo",
    "max_tokens": 100,
    "system_prompt": "You are a friendly travel guide.",
}


def ask(question):
    response = openai.ChatCompletion.create(
        model=SETTINGS["model"],
        messages=[
            {"role": "system", "content": SETTINGS["system_prompt"]},
            {"role": "user", "content": question},
        ],
        max_tokens=SETTINGS["max_tokens"],
    )
    return response["choices"][0]["message"]["content"]


print(ask("What should I see in Rome?"))
