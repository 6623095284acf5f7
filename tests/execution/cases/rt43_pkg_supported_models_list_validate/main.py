from chatkit.client import ask
from cli import DEFAULT_MODEL, STRONG_MODEL

print(ask("What is the capital of Peru?", DEFAULT_MODEL))
print(ask("Explain recursion to a five year old in plain words", STRONG_MODEL, max_tokens=4))
try:
    ask("hello", "gpt-2")
except ValueError:
    print("rejected an unsupported model")
