"""Recommend articles by embedding distance (recommendation cookbook, without pandas)."""
import openai
from openai.embeddings_utils import distances_from_embeddings, get_embedding

MODEL = "text-embedding-ada-002"

articles = [
    "Tech giant unveils a foldable phone",
    "Central bank raises interest rates again",
    "New study links sleep to memory",
    "Chipmaker reports record quarterly revenue",
    "Marathon runner breaks world record",
]

embedding_cache = {}


def embedding_from_string(string, model=MODEL):
    if (string, model) not in embedding_cache:
        embedding_cache[(string, model)] = get_embedding(string, engine=model)
    return embedding_cache[(string, model)]


def print_recommendations_from_strings(strings, index_of_source_string, k_nearest_neighbors=2, model=MODEL):
    embeddings = [embedding_from_string(s, model=model) for s in strings]
    query_embedding = embeddings[index_of_source_string]
    distances = distances_from_embeddings(query_embedding, embeddings, distance_metric="cosine")
    indices_of_nearest_neighbors = sorted(range(len(distances)), key=lambda i: distances[i])
    print(f"Source string: {strings[index_of_source_string]}")
    k_counter = 0
    for i in indices_of_nearest_neighbors:
        if i == index_of_source_string:
            continue
        if k_counter >= k_nearest_neighbors:
            break
        k_counter += 1
        print(f"--- Recommendation #{k_counter} (nearest neighbor {k_counter} of {k_nearest_neighbors}) ---")
        print(f"String: {strings[i]}\nDistance: {distances[i]:0.3f}")
    return indices_of_nearest_neighbors


print_recommendations_from_strings(articles, 0)
print_recommendations_from_strings(articles, 1, k_nearest_neighbors=1)
print("cache size:", len(embedding_cache))
