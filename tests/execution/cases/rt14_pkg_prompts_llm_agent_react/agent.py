import re

import llm
import prompts

TOOLS = {
    "calc": lambda expr: str(sum(int(x) for x in re.findall(r"\d+", expr))),
    "wiki": lambda topic: f"{topic} is a topic with a long history.",
}


def run(question, steps=2):
    scratchpad = ""
    notes = []
    for _ in range(steps):
        text = llm.complete(prompts.REACT.format(question=question, scratchpad=scratchpad),
                            stop=["\nObservation"])
        found = re.findall(r"(calc|wiki)\[([^\]]*)\]", text)
        tool, arg = found[-1] if found else ("wiki", question)
        observation = TOOLS[tool](arg)
        notes.append(observation)
        scratchpad += f"Thought: use {tool}\nAction: {tool}[{arg}]\nObservation: {observation}\n"
    return llm.chat(prompts.SYSTEM, prompts.FINAL.format(question=question, notes="\n".join(notes)))
