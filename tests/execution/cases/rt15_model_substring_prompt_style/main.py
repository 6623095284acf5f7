import openai

MODEL = "gpt-3.5-turbo"
FEW_SHOT = "Q: 2+2\nA: 4\n\n"


def format_prompt(question):
    # chat models do fine zero-shot; older models need an example
    if "turbo" in MODEL or "gpt-4" in MODEL:
        return f"Q: {question}\nA:"
    return FEW_SHOT + f"Q: {question}\nA:"


for q in ["3+5", "7*6"]:
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": format_prompt(q)}],
    )
    print(repr(resp["choices"][0]["message"]["content"]))
