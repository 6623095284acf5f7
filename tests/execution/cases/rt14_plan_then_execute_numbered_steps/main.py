import re

import openai

PLANNER = "You are a planner. Break the goal into numbered steps, one per line."
EXECUTOR = "You carry out one step of a plan and report the result in one line."


def llm(system, user, temperature=0):
    r = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        temperature=temperature,
    )
    return r.choices[0].message.content


def plan(goal):
    text = llm(PLANNER, f"Goal: {goal}\n1. gather requirements\n2. draft outline\n3. review")
    return [m.group(1).strip() for m in re.finditer(r"^\d+\.\s*(.+)$", text, re.M)]


def execute(goal, steps):
    results = []
    for i, step in enumerate(steps, 1):
        done = "\n".join(results)
        out = llm(EXECUTOR, f"Goal: {goal}\nDone so far:\n{done}\nNow do step {i}: {step}")
        results.append(f"{i}. {step}: {len(out)} chars")
    return results


goal = "write a project README"
steps = plan(goal)
print("plan:", steps)
for line in execute(goal, steps):
    print(line)
