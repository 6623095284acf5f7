import openai


def ask(question, limit):
    try:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            request_timeout=limit,
            timeout=30,
        )
    except openai.error.Timeout:
        return "timed out"
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("[slow] think hard", 5))
    print(ask("quick one", 5))
