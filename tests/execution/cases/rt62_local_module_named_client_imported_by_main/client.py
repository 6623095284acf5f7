"""Our thin API client (written before openai 1.0 had one of its own)."""
import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


def chat(prompt, model=DEFAULT_MODEL):
    r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": prompt}])
    return r["choices"][0]["message"]["content"]


def complete(prompt):
    r = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=30)
    return r["choices"][0]["text"]
