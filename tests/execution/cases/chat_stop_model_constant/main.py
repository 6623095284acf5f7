import openai

MODEL = "gpt-3.5-turbo"


def first_line(text):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": text}],
        stop=["\n"],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(first_line("Red\nGreen\nBlue"))
