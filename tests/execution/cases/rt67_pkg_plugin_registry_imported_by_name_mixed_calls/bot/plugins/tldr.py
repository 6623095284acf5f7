import openai

from bot.registry import command


@command("tldr")
def tldr(text):
    resp = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"{text}\n\nTl;dr:",
        max_tokens=30,
        temperature=0.3,
    )
    return resp.choices[0].text.strip()
