import openai

COMPLETIONS_MODEL = "text-davinci-003"

COMPLETIONS_API_PARAMS = {
    # We use temperature of 0.0 because it gives the most predictable, factual answer.
    "temperature": 0.0,
    "max_tokens": 300,
    "model": COMPLETIONS_MODEL,
}

DOCUMENTS = {
    "refunds": "Refunds are paid within 14 days.",
    "hours": "The shop opens at 9 and closes at 17.",
}


def construct_prompt(question):
    context = "\n".join(f"* {text}" for text in DOCUMENTS.values())
    return f"Answer the question using the context.\n\nContext:\n{context}\n\n Q: {question}\n A:"


def answer_query_with_context(question, show_prompt=False):
    prompt = construct_prompt(question)
    if show_prompt:
        print(prompt)
    response = openai.Completion.create(
                prompt=prompt,
                **COMPLETIONS_API_PARAMS
            )
    return response["choices"][0]["text"].strip(" \n")


def short_answer(question):
    params = {
        "temperature": 0,
        "max_tokens": 50,
        "model": "text-davinci-003",
    }
    response = openai.Completion.create(prompt=f"Briefly: {question}", **params)
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(answer_query_with_context("When are refunds paid?"))
    print(short_answer("When does the shop open?"))
