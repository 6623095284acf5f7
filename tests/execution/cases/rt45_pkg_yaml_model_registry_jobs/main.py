from assistant.jobs import careful_answer, embed, quick_answer
from assistant.registry import MODELS

print("jobs:", ", ".join(sorted(MODELS)))
print(quick_answer("What is the capital of Norway?"))
answer, tokens = careful_answer("Is 91 a prime number?")
print(answer, f"({tokens} tokens)")
vectors = embed(["refund policy", "shipping times"])
print(len(vectors), len(vectors[0]), round(vectors[1][0], 4))
