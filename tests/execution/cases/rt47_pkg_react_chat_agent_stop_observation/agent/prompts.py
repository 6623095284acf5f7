SYSTEM = ("You answer questions with tools. Use the format:\n"
          "Thought: ...\nAction: tool[input]\nObservation: ...\n"
          "and finish with 'Final Answer: ...'.")

TEMPLATE = "Question: {question}\n{scratchpad}Thought:"
