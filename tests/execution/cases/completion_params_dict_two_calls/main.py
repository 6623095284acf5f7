import openai

COMPLETIONS_MODEL = "text-davinci-003"
COMPLETIONS_API_PARAMS = {"temperature": 0.0, "max_tokens": 80, "model": COMPLETIONS_MODEL,}


def answer(prompt):
    response = openai.Completion.create(prompt=prompt, **COMPLETIONS_API_PARAMS)
    return response["choices"][0]["text"].strip()


def answer_for(prompt, user_id):
    response = openai.Completion.create(prompt=prompt, user=user_id, **COMPLETIONS_API_PARAMS)
    return response.choices[0].text.strip()


def show_settings():
    return ", ".join(sorted(COMPLETIONS_API_PARAMS))


if __name__ == "__main__":
    print(answer("Capital of France?"))
    print(answer_for("Capital of Spain?", "u-17"))
    print(show_settings())
