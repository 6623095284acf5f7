from fmt import show
from gpt import complete

print(show(complete("Q: What is 2+2?\nA:")))
print(show(complete("Write a long story about a dragon who guards a library full of ancient maps", max_tokens=5)))
