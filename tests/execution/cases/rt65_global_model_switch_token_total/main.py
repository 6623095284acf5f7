import openai

MODEL = "gpt-3.5-turbo"
TOTAL_TOKENS = 0


def upgrade():
    global MODEL
    MODEL = "gpt-4"


def ask(question):
    global TOTAL_TOKENS
    r = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
        max_tokens=25,
    )
    TOTAL_TOKENS += r["usage"]["total_tokens"]
    return r["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Name a prime number"))
    upgrade()
    print(ask("Prove there are infinitely many primes in one line"))
    print("tokens used:", TOTAL_TOKENS)
