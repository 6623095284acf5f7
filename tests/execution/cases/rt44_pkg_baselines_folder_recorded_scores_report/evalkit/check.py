import openai

MODEL = "gpt-4"
QUESTIONS = ["2+2?", "Capital of Peru?", "Opposite of cold?"]


def smoke_test():
    answers = []
    for question in QUESTIONS:
        response = openai.ChatCompletion.create(
            model=MODEL, messages=[{"role": "user", "content": question}], max_tokens=8
        )
        answers.append(response["choices"][0]["message"]["content"])
    return answers
