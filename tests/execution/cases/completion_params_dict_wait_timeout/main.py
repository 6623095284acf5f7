import openai

COMPLETIONS_MODEL = "text-davinci-003"

COMPLETIONS_API_PARAMS = {
    "temperature": 0.0,
    "max_tokens": 300,
    "model": COMPLETIONS_MODEL,
    "timeout": 1,  # give up quickly if the model is still loading
}


def answer_query(query):
    prompt = f"[slow] Answer briefly.\n\nQ: {query}\nA:"
    response = openai.Completion.create(prompt=prompt, **COMPLETIONS_API_PARAMS)
    return response["choices"][0]["text"].strip(" \n")


if __name__ == "__main__":
    print(answer_query("Who won the 2020 Summer Olympics men's high jump?"))
