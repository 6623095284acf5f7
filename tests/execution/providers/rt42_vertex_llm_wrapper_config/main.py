from llm import VertexLLM

llm = VertexLLM(project="hackathon-2024")
print(llm.complete("Give me a name for a cat who likes jazz."))
print(llm.complete("Suggest a dinner recipe with lentils."))
