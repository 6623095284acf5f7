import openai


def chat(prompt, max_tokens=None):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        **({"max_tokens": max_tokens} if max_tokens else {}),
    )
    return response.choices[0].message.content


print(chat("Tell me about the moon"))
print(chat("Tell me about the sun in detail", max_tokens=3))
