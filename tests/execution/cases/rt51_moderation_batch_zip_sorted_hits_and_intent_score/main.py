"""Nightly job: screen the day's forum comments in one Moderation call and print a digest."""
import openai

COMMENTS = [
    "Thanks, this fixed my build!",
    "I will hurt you if you post that again",
    "You are stupid and I hate this thread",
    "Does anyone know a good text editor?",
]

response = openai.Moderation.create(input=COMMENTS)
results = response["results"]
print(f"screened {len(results)} comments")

flagged_total = 0
for comment, result in zip(COMMENTS, results):
    hits = sorted(name for name, hit in result["categories"].items() if hit)
    intent = result["category_scores"]["self-harm/intent"]
    graphic = result["category_scores"]["violence/graphic"]
    if result["flagged"]:
        flagged_total += 1
        print(f"FLAG  {comment[:30]!r}: {', '.join(hits)}")
    else:
        print(f"ok    {comment[:30]!r} (self-harm/intent={intent:.4f}, violence/graphic={graphic:.4f})")

print(f"{flagged_total} of {len(COMMENTS)} flagged")
