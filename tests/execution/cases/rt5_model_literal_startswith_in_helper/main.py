import openai


def ask(model, question):
    # gpt-4 gets a longer answer budget
    max_tokens = 60 if model.startswith("gpt-4") else 5
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("gpt-4", "Describe the water cycle in a few words please"))
    print(ask("gpt-3.5-turbo", "Describe the water cycle in a few words please"))
