from llm import ChatLLM, Embedder
from tracker import tracker

print(ChatLLM().ask("Suggest a name for a hiking club"))
print(ChatLLM("gpt-4").ask("Suggest a name for a chess club"))
print(len(Embedder().embed(["hiking club", "chess club"])))
print(dict(tracker.tokens))
print(f"cost: ${tracker.cost:.6f}")
