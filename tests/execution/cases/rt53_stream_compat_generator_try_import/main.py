import sys

from streaming import stream_chat

if __name__ == "__main__":
    pieces = []
    for piece in stream_chat("Tell me a two sentence story about a lighthouse keeper."):
        sys.stdout.write(piece)
        pieces.append(piece)
    print()
    print(len(pieces), "pieces")
