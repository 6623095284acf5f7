import openai


def summarize(text, words=8):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize in {words} words: {text}"}],
        max_tokens=40,
    )
    return response["choices"][0]["message"]["content"].strip()
