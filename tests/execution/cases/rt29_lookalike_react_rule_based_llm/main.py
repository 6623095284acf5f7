"""Offline test bench for a ReAct parser: a rule-based stand-in for the model.

It mimics the shape of openai.Completion.create so the agent code can be swapped later,
but nothing here talks to OpenAI.
"""
import re
from types import SimpleNamespace


class Completion:
    SCRIPT = [
        "Thought: I should search.\nAction: Search[python]\nObservation: ignored",
        "Thought: done.\nAction: Finish[a language]",
    ]
    calls = 0

    @classmethod
    def create(cls, model="text-davinci-003", prompt="", stop=None, max_tokens=256, temperature=0):
        text = cls.SCRIPT[min(cls.calls, len(cls.SCRIPT) - 1)]
        cls.calls += 1
        for s in stop or []:
            text = text.split(s)[0]
        return SimpleNamespace(choices=[SimpleNamespace(text=text, finish_reason="stop")])


openai = SimpleNamespace(Completion=Completion)


def run(question):
    prompt = f"Question: {question}\n"
    for _ in range(3):
        out = openai.Completion.create(model="text-davinci-003", prompt=prompt,
                                       stop=["\nObservation:"], temperature=0).choices[0].text
        kind, arg = re.search(r"Action: (\w+)\[(.*?)\]", out).groups()
        if kind == "Finish":
            return arg
        prompt += out + f"\nObservation: {arg} is a programming language\n"
    return None


print(run("what is python?"), Completion.calls)
