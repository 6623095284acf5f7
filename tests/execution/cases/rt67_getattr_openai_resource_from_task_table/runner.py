import os

import openai

from tasks import TASKS

openai.api_key = os.environ["OPENAI_API_KEY"]


def run(task_name, text):
    task = TASKS[task_name]
    prompt = task["template"].format(text=text)
    resource = getattr(openai, task["resource"])
    if task["resource"] == "ChatCompletion":
        resp = resource.create(messages=[{"role": "user", "content": prompt}], **task["params"])
        return resp["choices"][0]["message"]["content"].strip()
    resp = resource.create(prompt=prompt, **task["params"])
    return resp["choices"][0]["text"].strip()
