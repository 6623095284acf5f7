import re

from . import llm, prompts, tools

ACTION = re.compile(r"Action: (\w+)\[([^\]]*)\]")


def solve(question, max_steps=4):
    scratchpad = ""
    trace = []
    for step in range(max_steps):
        messages = [
            {"role": "system", "content": prompts.SYSTEM},
            {"role": "user", "content": prompts.TEMPLATE.format(question=question,
                                                                scratchpad=scratchpad)},
        ]
        text = llm.think(messages)
        actions = ACTION.findall(text)
        if step >= len(actions):
            trace.append(("final", text.count("Observation"), len(text.splitlines())))
            break
        name, arg = actions[step]
        observation = tools.run_tool(name, arg)
        trace.append((name, arg, observation))
        scratchpad += f"Action: {name}[{arg}]\nObservation: {observation}\n"
    return trace
