import openai

COMPLETIONS_MODEL = "text-davinci-003"

COMPLETIONS_API_PARAMS = {
    # We use temperature of 0.0 because it gives the most predictable, factual answer.
    "temperature": 0.0,
    "max_tokens": 300,
    "model": COMPLETIONS_MODEL,
}

questions = ["Who won the 2020 Summer Olympics men's high jump?", "What is a pole vault?"]
for question in questions:
    prompt = "Answer the question as truthfully as possible.\n\nQ: " + question + "\nA:"
    response = openai.Completion.create(
        prompt=prompt,
        **COMPLETIONS_API_PARAMS,
    )
    print(response["choices"][0]["text"].strip(" \n"))
