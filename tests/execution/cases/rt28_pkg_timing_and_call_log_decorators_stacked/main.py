from instrument import CALL_LOG, TIMINGS
from models import ChatLLM, EmbeddingLLM

chat = ChatLLM()
print(chat.ask("Why is the sky blue?"))
print(chat.ask("Why is the sea salty?", max_tokens=4))
vectors = EmbeddingLLM().embed(["sky", "sea"])
print(len(vectors), len(vectors[0]))
for line in CALL_LOG:
    print(line)
for name, stats in sorted(TIMINGS.items()):
    print(name, stats["calls"], stats["seconds"] >= 0)
