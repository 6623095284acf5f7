from codeask.llm import explain

FILES = {"calc.py": "def add(a, b):\n    return a + b", "big.py": " ".join(["x"] * 40)}

message, answer = explain(FILES, "What does add do?")
print(message)
print(answer)
