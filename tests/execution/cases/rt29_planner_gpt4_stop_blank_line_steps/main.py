import openai

PLANNER_PROMPT = """Let's first understand the problem and devise a plan to solve it.
Output the plan starting with the header 'Plan:' followed by a numbered list of steps.
Finish the plan with an empty line.

{objective}"""


def plan(objective):
    resp = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": PLANNER_PROMPT.format(objective=objective)}],
        temperature=0,
        stop=["\n\n<END_OF_PLAN>", "\n\nNotes:"],
    )
    text = resp.choices[0].message.content
    steps = [line.split(". ", 1)[1] for line in text.splitlines() if line[:1].isdigit()]
    return steps


def execute(step, context):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Execute the step. Reply in one line."},
            {"role": "user", "content": f"Context: {context}\nStep: {step}"},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


objective = "Plan:\n1. find the file\n2. count lines\n\nNotes:\n3. this is not a step"
context = ""
for i, step in enumerate(plan(objective), 1):
    result = execute(step, context)
    context += f" [{i}] {step}"
    print(i, step, "->", len(result))
