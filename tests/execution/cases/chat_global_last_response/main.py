import openai

last_response = None


def ask(question):
    global last_response
    last_response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    return last_response["choices"][0]["message"]["content"]


def tokens_used():
    return last_response["usage"]["total_tokens"]


if __name__ == "__main__":
    print(ask("Name three rivers in Africa"))
    print("tokens:", tokens_used())
