from cachelayer import CACHE, cached_completion, cached_embedding

PROMPTS = ["Translate 'cat' to French:", "Write a haiku about rain", "Translate 'cat' to French:"]

if __name__ == "__main__":
    for prompt in PROMPTS:
        print(cached_completion(prompt, max_tokens=16, temperature=0))
    print(cached_completion("Write a haiku about rain", max_tokens=3, temperature=0))
    print(f"completion cache: {CACHE.hits} hits, {CACHE.misses} misses, {len(CACHE)} entries")
    for word in ["rain", "snow", "rain"]:
        vector = cached_embedding(word)
        print(word, len(vector), round(sum(v * v for v in vector), 3))
    info = cached_embedding.cache_info()
    print(f"embedding cache: {info.hits} hits, {info.misses} misses")
