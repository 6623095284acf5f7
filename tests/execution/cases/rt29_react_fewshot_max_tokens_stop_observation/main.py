"""ReAct agent over text-davinci-003 with a few-shot prompt (hackathon style, 2023)."""
import re

import openai

FEWSHOT = """Question: What is the elevation range for the area that the eastern sector of the Colorado orogeny extends into?
Thought: I need to search Colorado orogeny, find the area that the eastern sector extends into, then find its elevation range.
Action: Search[Colorado orogeny]
Observation: The Colorado orogeny was an episode of mountain building in Colorado and surrounding areas.
Thought: It does not mention the eastern sector. So I need to look up eastern sector.
Action: Lookup[eastern sector]
Observation: The eastern sector extends into the High Plains.
Thought: The High Plains rise in elevation from around 1,800 to 7,000 ft.
Action: Finish[1,800 to 7,000 ft]
"""

DOCS = {
    "colorado orogeny": "The Colorado orogeny was an episode of mountain building.",
    "high plains": "The High Plains rise from around 1,800 to 7,000 ft.",
}


def search(term):
    return DOCS.get(term.lower(), f"Could not find [{term}].")


def lookup(term):
    for text in DOCS.values():
        if term.lower() in text.lower():
            return text
    return "No results."


TOOLS = {"Search": search, "Lookup": lookup}
ACTION = re.compile(r"Action: (\w+)\[([^\]]*)\]")


def step(prompt):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=64,
        temperature=0,
        stop=["\nObservation:"],
    )
    choice = response["choices"][0]
    return choice["text"], choice["finish_reason"]


def agent(question, max_turns=2):
    scratchpad = FEWSHOT + f"\nQuestion: {question}\n"
    for turn in range(1, max_turns + 1):
        text, finish = step(scratchpad)
        if finish == "length":
            print(f"turn {turn}: output cut by max_tokens, retrying")
        actions = ACTION.findall(text)
        print(f"turn {turn}: {len(text.splitlines())} lines, actions={actions}")
        if not actions:
            break
        name, arg = actions[-1]
        if name == "Finish":
            return arg
        observation = TOOLS.get(name, lambda a: "unknown tool")(arg)
        scratchpad += f"Action: {name}[{arg}]\nObservation: {observation}\n"
    return None


print("answer:", agent("Which plains does the orogeny reach?"))
