import search

DOCS = [
    "How to reset your password",
    "Shipping times for international orders",
    "Refund policy for damaged items",
    "Changing the email on your account",
]

index, tokens = search.build_index(DOCS)
print("indexed", len(index), "docs,", tokens, "tokens, dim", len(index[0]))
for sim, doc in search.query(index, DOCS, "I forgot my password"):
    print(f"{sim:.4f} {doc}")
