import openai

resp = openai.Embedding.create(
    input=["The quick brown fox", "jumps over the lazy dog"],
    model="text-embedding-ada-002",
)
print(resp.object, len(resp.data))
for d in resp.data:
    print(d.index, d.object, len(d.embedding), round(d.embedding[0], 5))
print("usage:", resp.usage.prompt_tokens, resp.usage.total_tokens)
