import openai


class Agent:
    registry = {}
    DEFAULT_MODEL = "gpt-3.5-turbo"
    role = "generalist"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Agent.registry[cls.role] = cls

    def __init__(self, model=None):
        self.model = model if model is not None else self.DEFAULT_MODEL

    def run(self, task):
        out = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": f"As a {self.role}: {task}"}],
        )
        return out.choices[0].message.content


class Researcher(Agent):
    role = "researcher"
    DEFAULT_MODEL = "gpt-4"


class Writer(Agent):
    role = "writer"


def make_agent(role, **kwargs):
    return Agent.registry[role](**kwargs)


if __name__ == "__main__":
    print(sorted(Agent.registry))
    for role in ("researcher", "writer"):
        print(make_agent(role).run("outline a blog post about tea"))
    print(make_agent("writer", model="gpt-4").run("write a haiku"))
