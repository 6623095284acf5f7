import openai


def embed_all(texts, engine="text-embedding-ada-002", batch_size=2):
    vectors = []
    for start in range(0, len(texts), batch_size):
        batch = texts[start:start + batch_size]
        result = openai.Embedding.create(input=batch, engine=engine)
        vectors.extend(d.embedding for d in result.data)
        print(f"batch {start // batch_size}: {result.usage.total_tokens} tokens")
    return vectors


if __name__ == "__main__":
    words = ["apple", "banana", "cherry", "date", "elderberry"]
    vecs = embed_all(words)
    print(len(vecs), len(vecs[0]), round(vecs[2][0], 6))
