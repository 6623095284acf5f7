import re

import openai

REACT_PROMPT = """Answer the question using the tools. Write lines starting with Thought:,
Action: Tool[input], Observation: and finally Final Answer: when you know it.

Question: {question}
Thought: I should look it up.
Action: Lookup[{question}]
Observation: (nothing yet)
"""

KB = {
    "capital of france": "Paris is the capital of France.",
}


def lookup(term):
    return KB.get(term.lower().strip(" ?"), "No entry found.")


ACTION_RE = re.compile(r"Action: (\w+)\[(.*?)\]")


def react(question, max_steps=3):
    prompt = REACT_PROMPT.format(question=question)
    for step in range(max_steps):
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=prompt,
            temperature=0,
            max_tokens=256,
            stop=["\nObservation:"],
        )
        text = response["choices"][0]["text"]
        if "Final Answer:" in text:
            return text.split("Final Answer:")[-1].strip()
        match = ACTION_RE.findall(text)
        if not match:
            return "no action"
        action, arg = match[-1]
        observation = lookup(arg) if action == "Lookup" else f"unknown tool {action}"
        print(f"step {step}: {action}[{arg}] -> {observation}")
        prompt += f"Thought: keep going\nAction: {action}[{arg}]\nObservation: {observation}\n"
    return "max steps reached"


print(react("capital of France?"))
