import openai


def chat(prompt, **kwargs):
    response = openai.ChatCompletion.create(
        model=kwargs.get("model", "gpt-3.5-turbo"),
        messages=[{"role": "user", "content": prompt}],
        max_tokens=kwargs.get("max_tokens", 256),
    )
    return response["choices"][0]["message"]["content"]


print(chat("Give me a motto"))
print(chat("Give me a longer motto please", max_tokens=4))
