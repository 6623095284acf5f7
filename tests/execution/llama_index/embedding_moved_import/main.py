from llama_index.embeddings import OpenAIEmbedding

embedder = OpenAIEmbedding(model="text-embedding-ada-002")
vectors = embedder.get_text_embedding_batch(["cat", "dog"])
print(len(vectors), len(vectors[0]))
