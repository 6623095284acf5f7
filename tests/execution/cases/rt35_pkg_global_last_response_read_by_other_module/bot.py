import openai

LAST_RESPONSE = None


def reply(text):
    global LAST_RESPONSE
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    LAST_RESPONSE = response
    return response.choices[0].message.content
