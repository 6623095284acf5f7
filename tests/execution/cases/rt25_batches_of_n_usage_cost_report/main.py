import openai

PRICE_PER_1K = 0.0001  # text-embedding-ada-002, USD
BATCH_SIZE = 4

corpus = [f"Section {i}: notes about topic number {i * 7 % 11}" for i in range(10)]


def batched(items, n):
    for start in range(0, len(items), n):
        yield start, items[start:start + n]


all_vectors = [None] * len(corpus)
total_tokens = 0
for start, batch in batched(corpus, BATCH_SIZE):
    response = openai.Embedding.create(input=batch, model="text-embedding-ada-002")
    for item in response["data"]:
        all_vectors[start + item["index"]] = item["embedding"]
    total_tokens += response["usage"]["prompt_tokens"]
    print(f"batch at {start}: {len(batch)} texts, {response['usage']['prompt_tokens']} tokens")

print("missing:", sum(v is None for v in all_vectors))
print(f"total tokens {total_tokens}, cost ${total_tokens / 1000 * PRICE_PER_1K:.6f}")
