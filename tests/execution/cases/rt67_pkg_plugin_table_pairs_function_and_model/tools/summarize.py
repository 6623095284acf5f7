import openai


def run(text, model):
    out = openai.Completion.create(model=model, prompt=f"Summarize:\n{text}\n", max_tokens=24)
    return out["choices"][0]["text"].strip()
