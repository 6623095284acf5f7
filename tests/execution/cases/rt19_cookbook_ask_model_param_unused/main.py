import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

GPT_MODEL = "gpt-3.5-turbo"

NOTES = [
    "The office is closed on public holidays.",
    "Lunch is served in the cafeteria from 12 to 2.",
    "Parking permits are renewed every January.",
]


def build_prompt(question, model, max_notes=2):
    # model was used by tiktoken to count tokens; we dropped tiktoken and just keep max_notes
    context = "\n".join(f"- {note}" for note in NOTES[:max_notes])
    return f"Answer using the notes below.\n{context}\n\nQuestion: {question}"


def ask(question, model=GPT_MODEL):
    prompt = build_prompt(question, model=model)
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": "You answer questions about the office."},
            {"role": "user", "content": prompt},
        ],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


print(ask("When is lunch?"))
print(ask("Is the office open on holidays?")[-40:])
