import openai

from bot.registry import command

PERSONA = "You are a cheerful help-desk bot."


@command("ask")
def ask(text):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0301",
        messages=[
            {"role": "system", "content": PERSONA},
            {"role": "user", "content": text},
        ],
        max_tokens=50,
        presence_penalty=0.5,
    )
    return completion.choices[0].message["content"]
