import os
import tempfile

from llm import CachedChat

path = os.path.join(tempfile.mkdtemp(), "chat-cache.json")
questions = ["What is a monad?", "Explain recursion briefly.", "What is a monad?"]

first = CachedChat(path)
for q in questions:
    print(first.ask(q))
print("hits:", first.hits)

second = CachedChat(path)
for q in questions:
    print(second.ask(q))
print("hits:", second.hits)
