from embedding_utils import cosine_similarity, get_embedding

ENGINE = "embeddings"

products = ["red running shoes", "blue denim jacket", "trail running sneakers"]
query = get_embedding("shoes for jogging", engine=ENGINE)
ranked = sorted(products, key=lambda p: cosine_similarity(query, get_embedding(p)), reverse=True)
for p in ranked:
    print(p)
