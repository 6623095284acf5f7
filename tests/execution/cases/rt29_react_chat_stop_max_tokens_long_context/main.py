import re

import openai

SYSTEM = "You are an agent that uses tools. Follow the format of the examples exactly."
EXAMPLES = """Thought: I need the weather.
Action: weather[Oslo]
Observation: 4C and rain
Thought: I can answer now.
Final Answer: It is cold and rainy in Oslo, so bring a coat, an umbrella and warm shoes today.
Thought: The user asks about a train.
Action: trains[Bergen]
Observation: next train at 16:05
Thought: I can answer now.
Final Answer: The next train to Bergen leaves at five past four in the afternoon from track two.
"""

TOOLS = {
    "weather": lambda city: f"12C and sunny in {city}",
    "trains": lambda city: f"no trains to {city} today",
}


def next_step(question, scratchpad):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"{EXAMPLES}\nQuestion: {question}\n{scratchpad}"},
        ],
        temperature=0,
        max_tokens=40,
        stop=["\nObservation:"],
    )
    return response.choices[0].message.content


def solve(question):
    scratchpad = ""
    for _ in range(2):
        step = next_step(question, scratchpad)
        found = re.findall(r"Action: (\w+)\[(.*?)\]", step)
        print("step lines:", step.count("\n") + 1, "actions:", found)
        if not found:
            return step.strip()
        tool, arg = found[-1]
        scratchpad += f"Action: {tool}[{arg}]\nObservation: {TOOLS[tool](arg)}\n"
    return scratchpad.splitlines()[-1]


print(solve("Should I cycle in Madrid?"))
