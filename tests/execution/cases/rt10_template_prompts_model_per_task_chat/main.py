from string import Template

import openai

PROMPTS = {
    "draft": Template("Write a short product description for $product."),
    "critique": Template("Critique this description for $product in two bullet points."),
}
MODELS = {"draft": "gpt-3.5-turbo", "critique": "gpt-4"}
MAX_TOKENS = {"draft": 60, "critique": 40}


def run(task, **fields):
    messages = [{"role": "user", "content": PROMPTS[task].substitute(**fields)}]
    completion = openai.ChatCompletion.create(
        model=MODELS[task],
        messages=messages,
        max_tokens=MAX_TOKENS[task],
    )
    return completion.choices[0].message.content


for product in ["a solar lamp", "noise-cancelling earbuds"]:
    for task in ("draft", "critique"):
        print(f"[{task}] {run(task, product=product)}")
