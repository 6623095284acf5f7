import openai

STOPS = {
    "list": ["\n\n"],
    "qa": ["\nQ:", "\n"],
}

PROMPTS = {
    "list": "List three uses of vinegar:\n- cleaning\n\n- cooking",
    "qa": "Q: What is the boiling point of water?\nA: 100 C\nQ: And freezing?",
}


def run(kind):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": PROMPTS[kind]}],
        stop=STOPS[kind],
        max_tokens=50,
    )
    return response["choices"][0]["message"]["content"]


for kind in ("list", "qa"):
    print(kind, repr(run(kind)))
