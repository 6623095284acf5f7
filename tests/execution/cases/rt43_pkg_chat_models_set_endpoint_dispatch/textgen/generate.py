import openai

from textgen.models import is_chat_model


def generate(prompt, model, max_tokens=20):
    if is_chat_model(model):
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
        )
        return response["choices"][0]["message"]["content"].strip()
    response = openai.Completion.create(model=model, prompt=prompt, max_tokens=max_tokens)
    return response["choices"][0]["text"].strip()
