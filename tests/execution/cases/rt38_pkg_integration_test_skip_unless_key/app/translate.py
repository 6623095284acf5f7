import openai

SYSTEM = "Translate the user's text to {language}. Reply with the translation only."


def translate(text, language="Spanish", temperature=0):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM.format(language=language)},
            {"role": "user", "content": text},
        ],
        temperature=temperature,
        max_tokens=100,
    )
    return response.choices[0].message.content.strip()
