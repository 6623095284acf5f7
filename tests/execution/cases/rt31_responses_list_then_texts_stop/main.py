import openai

STOP = ["\n\n"]
questions = ["What is an atom?", "What is a cell?"]

responses = []
for q in questions:
    r = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Explain to a child.\n\n{q}\n\nBe brief.",
        max_tokens=30,
        stop=STOP,
    )
    responses.append(r)

texts = [r.choices[0].text.strip() for r in responses]
for q, t in zip(questions, texts):
    print(q, "->", t)
