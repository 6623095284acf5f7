import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def ask_davinci(question):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Q: {question}\nA:",
        max_tokens=100,
        temperature=0,
        stop=["\n"],
    )
    return response.choices[0].text.strip()


def ask_turbo(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Q: {question}\nA:"}],
        max_tokens=100,
        temperature=0,
    )
    return response.choices[0].message.content.strip()


questions = [
    "Who wrote Pride and Prejudice?",
    "What is the boiling point of water in Fahrenheit?",
]

for q in questions:
    a1 = ask_davinci(q)
    a2 = ask_turbo(q)
    print(q)
    print("  davinci:", a1)
    print("  turbo:  ", a2.replace("\n", " / "))
    print("  same first line:", a1 == a2.split("\n")[0])
