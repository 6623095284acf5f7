import openai

CHAT_MODEL = "gpt-3.5-turbo"


def answer(prompt, chat=True):
    if chat:
        response = openai.ChatCompletion.create(
            model=CHAT_MODEL, messages=[{"role": "user", "content": prompt}])
        text = response["choices"][0]["message"]["content"]
    else:
        response = openai.Completion.create(model="text-davinci-003", prompt=prompt,
                                            max_tokens=50)
        text = response["choices"][0]["text"]
    tokens = response["usage"]["total_tokens"]
    return text.strip(), tokens > 0


if __name__ == "__main__":
    print(answer("Hello"))
    print(answer("Good evening", chat=False))
