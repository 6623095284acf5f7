from .base import Agent


class Planner(Agent):
    role = "planner"

    def run(self, task):
        plan = super().run(f"Break into steps: {task}")
        return [step.strip() for step in plan.split("|")]
