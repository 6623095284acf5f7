from llm import stream_reply

pieces = []
for piece in stream_reply("Describe a sunset in one sentence."):
    pieces.append(piece)
print("".join(pieces))
print("chunks:", len(pieces))
