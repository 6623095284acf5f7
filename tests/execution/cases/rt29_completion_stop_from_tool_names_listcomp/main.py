import openai

TOOL_NAMES = ["Observation", "Result"]
STOP = [f"\n{name}:" for name in TOOL_NAMES]

PROMPT = """You are an assistant that can use tools.
Question: {q}
Thought: I will use the clock tool.
Action: clock
Result: 12:00
Thought: I know the answer.
Final Answer: it is noon
"""


def think(question):
    resp = openai.Completion.create(
        engine="text-davinci-002",
        prompt=PROMPT.format(q=question),
        temperature=0,
        max_tokens=300,
        stop=STOP,
    )
    return resp.choices[0].text


out = think("what time is it?")
print(out.splitlines()[-1])
print("Final Answer" in out)
