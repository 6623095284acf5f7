from typing import ClassVar, Dict, Type

import openai

TASKS: Dict[str, Type["Task"]] = {}


class Task:
    model: ClassVar[str]
    instruction: ClassVar[str]

    def __init_subclass__(cls, *, model: str, instruction: str, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.model = model
        cls.instruction = instruction
        TASKS[cls.__name__.lower()] = cls

    def run(self, text: str) -> str:
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": self.instruction},
                      {"role": "user", "content": text}],
        )
        return response["choices"][0]["message"]["content"]


class Summarize(Task, model="gpt-3.5-turbo", instruction="Summarize the text."):
    pass


class Critique(Task, model="gpt-4", instruction="Critique the text."):
    pass


if __name__ == "__main__":
    print(sorted(TASKS))
    for name in sorted(TASKS):
        print(name, "=>", TASKS[name]().run("cats are better than dogs"))
