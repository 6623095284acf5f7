import openai

# token ids of " sorry" and " apologize" in cl100k_base
BANNED = {"14931": -100, "37979": -100}


def confident_answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        logit_bias=BANNED,
        max_tokens=30,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(confident_answer("Is Pluto a planet?"))
