# %%
import openai

questions = [
    "What is the capital of France?",
    "What is 2 + 2?",
    "Who wrote Hamlet?",
]

# %%
answers = [
    openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": q}],
        temperature=0,
    )["choices"][0]["message"]["content"]
    for q in questions
]

# %%
for q, a in zip(questions, answers):
    print("Q: {}\nA: {}\n".format(q, a))
