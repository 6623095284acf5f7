import openai


def ask(question):
    # 0.x popped timeout= in create() (it bounded the wait for a model still loading);
    # the request itself had no time limit but request_timeout's.
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        timeout=1,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("[slow] Is it going to rain?"))
