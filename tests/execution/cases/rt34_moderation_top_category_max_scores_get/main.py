import openai

COMMENTS = [
    "Great article, thanks for sharing!",
    "I hate this author.",
    "Could you add a section about testing?",
    "Someone should hurt the moderators.",
]

clean = []
for comment in COMMENTS:
    result = openai.Moderation.create(input=comment)["results"][0]
    if result["flagged"]:
        scores = result["category_scores"]
        reason = max(scores, key=scores.get)
        print(f"rejected ({reason}): {comment}")
    else:
        clean.append(comment)

vectors = openai.Embedding.create(input=clean, model="text-embedding-ada-002")["data"]
print(f"indexed {len(vectors)} comments:", [c[:20] for c in clean])
