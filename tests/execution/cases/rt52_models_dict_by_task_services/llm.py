import openai

from models import MODELS


def chat(task, prompt):
    response = openai.ChatCompletion.create(
        model=MODELS[task],
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


def complete(task, prompt, max_tokens=8):
    response = openai.Completion.create(model=MODELS[task], prompt=prompt, max_tokens=max_tokens)
    return response["choices"][0]["text"].strip()
