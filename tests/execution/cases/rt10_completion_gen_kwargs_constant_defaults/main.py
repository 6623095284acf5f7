import openai

ENGINE = "text-davinci-003"
GEN_KWARGS = {
    "temperature": 0.0,
    "max_tokens": 64,
    "top_p": 1,
    "frequency_penalty": 0,
    "presence_penalty": 0,
}

QUESTIONS = [
    "What does HTTP stand for?",
    "Name a sorting algorithm and explain it.",
]


def answer(question):
    prompt = f"Q: {question}\nA:"
    response = openai.Completion.create(engine=ENGINE, prompt=prompt, **GEN_KWARGS)
    return response["choices"][0]["text"].strip()


for q in QUESTIONS:
    print(repr(answer(q)))
