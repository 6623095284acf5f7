import openai

PRICE_PER_1K = {"gpt-3.5-turbo-0301": 0.002, "gpt-4-0314": 0.06}


def cost(model, tokens):
    return PRICE_PER_1K[model] * tokens / 1000


def ask(text):
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}])
    return resp["choices"][0]["message"]["content"]


def main():
    print(ask("What is a ledger?"))
    print(f"{cost('gpt-3.5-turbo-0301', 1500):.4f}")
    print(f"{cost('gpt-4-0314', 1000):.4f}")


if __name__ == "__main__":
    main()
