import openai

MODEL = "gpt-4"


def translate(text, target, log):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "system", "content": f"Translate into {target}."},
                  {"role": "user", "content": text}],
    )
    log.record((text, target), response)
    return response.choices[0].message.content
