import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

questions = ["Q: What is the tallest mountain?\nA:", "Q: What is the largest ocean?\nA:"]
for question in questions:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=question,
        max_tokens=32,
        best_of=3,
        stop=["\n"],
        temperature=0.3,
    )
    print(repr(response["choices"][0]["text"]), response["choices"][0]["finish_reason"])
