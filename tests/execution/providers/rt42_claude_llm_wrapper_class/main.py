from llm import ClaudeLLM

llm = ClaudeLLM(max_tokens=200)

questions = [
    "What is the capital of Australia?",
    "Explain a hash map in one sentence.",
]

for q in questions:
    answer = llm(q)
    print(f"> {q}\n{answer}\n")
