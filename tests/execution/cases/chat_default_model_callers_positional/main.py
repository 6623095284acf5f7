import openai


def ask(question, model="gpt-3.5-turbo", temperature=0.7):
    r = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        temperature=temperature,
    )
    return r["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Tell me a joke"))
    print(ask("Tell me a fact", "gpt-4", 0))
