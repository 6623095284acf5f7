from llm import ChatLLM, Embedder
from usage import USAGE

bot = ChatLLM()
for text in ["What does HTTP stand for?", "And HTTPS?"]:
    print(bot.reply(text))
print(len(Embedder().vectors(["http", "https", "ftp"])))
for kind in ("chat", "embedding"):
    print(kind, dict(USAGE.by_kind[kind]), f"{USAGE.cost(kind):.7f}")
