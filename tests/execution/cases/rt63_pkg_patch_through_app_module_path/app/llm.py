import openai


def headline(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Write a headline for: {text}"}],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"].strip().rstrip(".")
