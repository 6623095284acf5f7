import openai

TASKS = {
    "summarize": {"model": "gpt-3.5-turbo", "temperature": 0.2, "max_tokens": 6},
    "classify": {"model": "gpt-3.5-turbo", "temperature": 0},
}


def run_task(task, text):
    settings = TASKS[task]
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": f"{task}: {text}"}],
        **settings,
    )
    return response.choices[0].message.content, response.choices[0].finish_reason


if __name__ == "__main__":
    print(run_task("summarize", "The meeting covered budget, hiring and the roadmap for next year"))
    print(run_task("classify", "I loved it"))
