"""Plan with GPT-4, execute each step with GPT-3.5 (BabyAGI-lite)."""
import openai

PLANNER_MODEL = "gpt-4"
WORKER_MODEL = "gpt-3.5-turbo"


def context_window(model):
    if model.startswith("gpt-4"):
        return 8192
    return 4096


def chat(model, prompt, temperature=0.0):
    budget = context_window(model) - len(prompt.split()) - 3500
    r = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max(budget, 16),
    )
    return r.choices[0].message.content, budget


plan_text, plan_budget = chat(PLANNER_MODEL, "Make a plan:\n- collect logs\n- find errors\n- write report")
steps = [line[2:] for line in plan_text.splitlines() if line.startswith("- ")]
print(f"planner budget {plan_budget}, {len(steps)} steps")
for step in steps:
    out, budget = chat(WORKER_MODEL, f"Do this step: {step}", temperature=0.3)
    print(f"  [{budget}] {step}: {out}")
