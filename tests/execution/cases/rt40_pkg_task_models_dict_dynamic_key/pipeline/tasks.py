import openai

from pipeline.constants import TASK_MAX_TOKENS, TASK_MODELS
from pipeline.prompts import PROMPTS


def run_task(task, text):
    response = openai.ChatCompletion.create(
        model=TASK_MODELS[task],
        messages=[
            {"role": "system", "content": PROMPTS[task]},
            {"role": "user", "content": text},
        ],
        max_tokens=TASK_MAX_TOKENS[task],
    )
    return response["choices"][0]["message"]["content"].strip()
