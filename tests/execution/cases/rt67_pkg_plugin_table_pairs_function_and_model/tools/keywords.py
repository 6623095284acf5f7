import openai


def run(text, model):
    out = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Three keywords for: {text}"}],
    )
    return out["choices"][0]["message"]["content"]
