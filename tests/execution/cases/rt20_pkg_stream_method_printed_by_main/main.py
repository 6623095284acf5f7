import sys

from app.llm import StreamingChat

chat = StreamingChat()
pieces = []
for token in chat.stream("Tell a two sentence story about a lighthouse"):
    sys.stdout.write(token)
    pieces.append(token)
sys.stdout.write("\n")
print(len(pieces), "chunks")
