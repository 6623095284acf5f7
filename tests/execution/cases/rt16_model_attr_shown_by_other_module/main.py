import json

from llm import LLM

llm = LLM()
print("Using model:", llm.model)
print(json.dumps(llm.ask("hi")))
