import io
import json
import re
from dataclasses import asdict, dataclass, field

import openai


@dataclass
class Step:
    thought: str
    action: str
    action_input: str
    observation: str = ""


@dataclass
class Trace:
    question: str
    steps: list = field(default_factory=list)
    tokens: int = 0


PROMPT = ("Use this format.\nThought: ...\nAction: lookup\nAction Input: {q}\n"
          "Observation: ...\nQuestion: {q}\n")

FACTS = {"everest": "8,849 m"}


def agent(question):
    trace = Trace(question)
    scratch = PROMPT.format(q=question)
    for _ in range(2):
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=scratch,
            temperature=0,
            max_tokens=256,
            stop=["\nObservation"],
        )
        text = response.choices[0].text
        m = re.search(r"Thought: (.*)\nAction: (.*)\nAction Input: (.*)", text)
        if not m:
            break
        step = Step(*[g.strip() for g in m.groups()])
        step.observation = FACTS.get(step.action_input.split()[-1].strip("?").lower(), "unknown")
        trace.steps.append(step)
        scratch += text + f"\nObservation: {step.observation}\n"
    return trace


buf = io.StringIO()
for q in ["how tall is everest"]:
    t = agent(q)
    buf.write(json.dumps(asdict(t)) + "\n")
print(buf.getvalue(), end="")
