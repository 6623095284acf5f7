import openai


def to_french(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Translate to French."},
            {"role": "user", "content": text},
        ],
    )
    return response["choices"][0]["message"]["content"]
