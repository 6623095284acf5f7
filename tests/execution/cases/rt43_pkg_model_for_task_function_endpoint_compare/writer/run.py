import openai

from writer.routing import model_for

LEGACY_COMPLETION_MODEL = "text-davinci-003"


def run(task, text):
    model = model_for(task)
    if model == LEGACY_COMPLETION_MODEL:
        response = openai.Completion.create(model=model, prompt=text, max_tokens=40)
        return response["choices"][0]["text"].strip()
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return response["choices"][0]["message"]["content"].strip()
