from llm import classify, get_llm

REVIEWS = ["great battery", "screen cracked", "great battery", "fast shipping", "screen cracked"]
for review in REVIEWS:
    print(review, "=>", classify(review))
print("requests:", get_llm().requests)
print("classify hits:", classify.cache_info().hits, "get_llm hits:", get_llm.cache_info().hits)
