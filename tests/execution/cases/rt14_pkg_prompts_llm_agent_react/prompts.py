SYSTEM = "You are ResearchBot. Think step by step."

REACT = """Tools: calc[expression], wiki[topic]
Question: {question}
{scratchpad}Thought:"""

FINAL = "Using these notes, answer the question '{question}' in one sentence.\nNotes:\n{notes}"
