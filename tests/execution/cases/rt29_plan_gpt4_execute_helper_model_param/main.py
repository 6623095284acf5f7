import re

import openai

PLANNER_MODEL = "gpt-4"
EXECUTOR_MODEL = "gpt-3.5-turbo"


def ask(prompt, model=EXECUTOR_MODEL, temperature=0.0, max_tokens=150):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"].strip()


def make_plan(objective):
    text = ask(
        f"Objective: {objective}\nWrite a numbered plan.\n1. Research the topic\n2. Outline\n3. Draft",
        model=PLANNER_MODEL,
        max_tokens=300,
    )
    return re.findall(r"^\s*\d+\.\s+(.*)$", text, flags=re.MULTILINE)


def execute(objective, plan):
    scratchpad = ""
    for n, task in enumerate(plan, start=1):
        result = ask(f"Objective: {objective}\nPrevious results:\n{scratchpad}\nTask: {task}",
                     temperature=0.7)
        scratchpad += f"Task {n} ({task}): {len(result)} chars\n"
    return scratchpad


objective = "blog post about sourdough"
plan = make_plan(objective)
print(plan)
print(execute(objective, plan), end="")
