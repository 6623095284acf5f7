import openai

CHAT_MODEL = "gpt-3.5-turbo"


def complete(system, user, temperature=0.2):
    resp = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        temperature=temperature,
    )
    return resp.choices[0].message.content
