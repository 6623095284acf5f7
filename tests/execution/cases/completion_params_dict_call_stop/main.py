import openai

COMPLETIONS_MODEL = "text-davinci-003"

COMPLETIONS_API_PARAMS = dict(
    temperature=0.0,
    max_tokens=100,
    model=COMPLETIONS_MODEL,  # the instruct model
    stop=["\nQ:"],
)


def answer(question):
    prompt = f"Q: {question}\nA: first\nQ: again"
    response = openai.Completion.create(prompt=prompt, **COMPLETIONS_API_PARAMS)
    return response["choices"][0]["text"]


if __name__ == "__main__":
    print(repr(answer("What is up?")))
