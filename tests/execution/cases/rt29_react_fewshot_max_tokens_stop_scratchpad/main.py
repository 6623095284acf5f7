"""ReAct (Yao et al. 2022) re-implemented on text-davinci-003 for a course project."""
import re

import openai

INSTRUCTION = """Solve a question answering task with interleaving Thought, Action, Observation steps.
Action can be Search[entity] which looks the entity up, or Finish[answer] which returns the answer.
Here is an example.
Question: Which magazine was started first, Arthur's Magazine or First for Women?
Thought 1: I need to search Arthur's Magazine and First for Women, and find which was started first.
Action 1: Search[Arthur's Magazine]
Observation 1: Arthur's Magazine was an American literary periodical published in Philadelphia from 1844.
Thought 2: Arthur's Magazine was started in 1844. I need to search First for Women next.
Action 2: Search[First for Women]
Observation 2: First for Women is a woman's magazine published in the USA, started in 1989.
Thought 3: First for Women was started in 1989. 1844 (Arthur's Magazine) < 1989, so Arthur's Magazine was first.
Action 3: Finish[Arthur's Magazine]
"""

WIKI = {
    "arthur's magazine": "Arthur's Magazine was an American literary periodical, 1844.",
    "first for women": "First for Women is a woman's magazine, started in 1989.",
}


def search(entity):
    return WIKI.get(entity.lower(), f"Could not find {entity}. Similar: {sorted(WIKI)}")


def llm(prompt, stop):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0,
        max_tokens=100,
        top_p=1,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=stop,
    )
    return response["choices"][0]["text"]


def react(question, to_print=True):
    prompt = INSTRUCTION + "Question: " + question + "\n"
    for i in range(1, 4):
        thought_action = llm(prompt + f"Thought {i}:", stop=[f"\nObservation {i}:"])
        actions = re.findall(r"Action \d+: (\w+)\[(.*?)\]", thought_action)
        if to_print:
            print(f"step {i}: {len(thought_action.split())} words, {len(actions)} actions")
        if not actions:
            break
        kind, arg = actions[-1]
        obs = search(arg) if kind == "Search" else arg
        step_str = f"Thought {i}: ...\nAction {i}: {kind}[{arg}]\nObservation {i}: {obs}\n"
        prompt += step_str
        if kind == "Finish":
            return arg
    return None


print("result:", react("Which was first, Arthur's Magazine or First for Women?"))
