import openai

MODEL = "gpt-3.5-turbo"


def reply(context, question):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Use this context: " + context},
            {"role": "user", "content": question},
        ],
    )
    return response["choices"][0]["message"]["content"]
