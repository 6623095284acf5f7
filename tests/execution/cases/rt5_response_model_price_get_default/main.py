import openai

PRICE_PER_1K = {"gpt-3.5-turbo": 0.002, "gpt-4": 0.06}
DEFAULT_PRICE = 0.0


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    price = PRICE_PER_1K.get(response.model, DEFAULT_PRICE)
    cost = response.usage.total_tokens / 1000 * price
    return response.choices[0].message.content, cost


if __name__ == "__main__":
    answer, cost = ask("Tell me a fun fact")
    print(answer)
    print(f"cost: ${cost:.5f}")
