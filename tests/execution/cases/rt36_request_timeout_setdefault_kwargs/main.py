import openai

MODEL = "gpt-4"


def translate(text, language, **kwargs):
    kwargs.setdefault("request_timeout", 30)
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": f"Translate the user's text into {language}."},
            {"role": "user", "content": text},
        ],
        **kwargs,
    )
    return response["choices"][0]["message"]["content"]


print(translate("good morning", "French"))
print(translate("thank you very much", "German", request_timeout=10))
print(translate("see you later, alligator", "Spanish", request_timeout=60))
