"""A LangChain-style zero-shot ReAct agent written by hand on the chat API."""
import re

import openai

TEMPLATE = """Answer the following question as best you can. You have access to these tools:

calculator: evaluates a Python arithmetic expression
wiki: looks a term up in a tiny encyclopedia

Use this format:

Question: the input question
Thought: think about what to do
Action: calculator
Action Input: 6*7
Observation: the result of the action
... (repeat Thought/Action/Action Input/Observation)
Final Answer: the answer

Question: {question}
{scratchpad}"""

WIKI = {"python": "Python is a programming language created by Guido van Rossum."}


def calculator(expr):
    return str(eval(expr, {"__builtins__": {}}, {}))


def wiki(term):
    return WIKI.get(term.strip().lower(), "no article")


TOOLS = {"calculator": calculator, "wiki": wiki}
PATTERN = re.compile(r"Action: (.*?)\nAction Input: (.*)")


def run_agent(question, max_steps=3):
    scratchpad = ""
    seen = set()
    for i in range(max_steps):
        prompt = TEMPLATE.format(question=question, scratchpad=scratchpad)
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            temperature=0,
            stop=["\nObservation:"],
        )
        output = resp["choices"][0]["message"]["content"]
        if "Final Answer:" in output:
            return output.split("Final Answer:")[-1].strip()
        match = PATTERN.search(output)
        if match is None:
            return f"could not parse: {output[-40:]!r}"
        tool, tool_input = match.group(1).strip(), match.group(2).strip()
        if (tool, tool_input) in seen:
            print(f"step {i}: repeated {tool}({tool_input}), stopping")
            break
        seen.add((tool, tool_input))
        observation = TOOLS[tool](tool_input) if tool in TOOLS else f"{tool} is not a valid tool"
        print(f"step {i}: {tool}({tool_input}) = {observation}")
        scratchpad += f"{output}\nObservation: {observation}\nThought:"
    return "no final answer"


print(run_agent("What is 6 times 7?"))
