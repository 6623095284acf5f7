import openai

from providers import Local, OpenAI

PROVIDER = OpenAI()


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    tokens = response["usage"]["total_tokens"]
    return response["choices"][0]["message"]["content"], PROVIDER.cost(tokens)


if __name__ == "__main__":
    text, cost = answer("List two uses of baking soda.")
    print(text)
    print(PROVIDER.name, cost, Local().cost(1000))
    print(isinstance(PROVIDER, OpenAI))
