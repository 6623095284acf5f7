from embedder import Embedder

texts = ["red apple", "green pear", "yellow banana", "purple plum", "orange orange"]
result = Embedder().embed(texts)
print(len(result.vectors), result.tokens)
for text, vec in zip(texts, result.vectors):
    print(text, len(vec), [round(x, 4) for x in vec[:3]])
