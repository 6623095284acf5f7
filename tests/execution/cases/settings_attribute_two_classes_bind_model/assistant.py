import openai


def reply(settings, text):
    response = openai.ChatCompletion.create(
        model=settings.model,
        messages=[{"role": "user", "content": text}],
        max_tokens=settings.max_tokens,
    )
    return response.choices[0].message.content
