from faqbot.index import load_default

THRESHOLD = 0.9

index = load_default()
print("indexed", len(index.vectors), "questions of", len(index.vectors[0]), "dims;",
      index.tokens, "tokens")
for question in ["How do I reset my password?", "refund please", "Where is my invoice?"]:
    hits = index.search(question)
    best_score, best = hits[0]
    if best_score >= THRESHOLD:
        print(f"{question!r}: {best['a']} ({best_score:.3f})")
    else:
        print(f"{question!r}: no confident match, best was {best['q']!r} ({best_score:.3f})")
print("tokens used:", index.tokens)
