from llm import VertexLLM

default_llm = VertexLLM()
legacy_llm = VertexLLM(model_name="gemini-2.5-flash")

print(default_llm.generate("Name a prime number above 100."))
print(legacy_llm.generate("Name a prime number below 10."))
