import openai

from pipeline.config import load_tasks


def run_task(task, text):
    response = openai.ChatCompletion.create(
        model=task["model"],
        messages=[{"role": "user", "content": task["prompt"].format(text=text)}],
        max_tokens=task["max_tokens"],
    )
    return response["choices"][0]["message"]["content"]


def run_all(text):
    return {name: run_task(task, text) for name, task in load_tasks().items()}
