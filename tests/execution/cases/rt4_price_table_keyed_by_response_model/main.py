import openai

PRICES = {  # USD per 1K tokens: (prompt, completion)
    "gpt-3.5-turbo-0613": (0.0015, 0.002),
    "gpt-4-0613": (0.03, 0.06),
}


def chat(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
    )
    prompt_price, completion_price = PRICES[response["model"]]
    usage = response["usage"]
    cost = usage["prompt_tokens"] / 1000 * prompt_price + usage["completion_tokens"] / 1000 * completion_price
    return response["choices"][0]["message"]["content"], cost


if __name__ == "__main__":
    answer, cost = chat("What is an API?")
    print(answer)
    print(f"cost ${cost:.6f}")
