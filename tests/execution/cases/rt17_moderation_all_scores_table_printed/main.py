"""Print a moderation report for a piece of user content."""
import openai

TEXT = "You are stupid and I hate this."

response = openai.Moderation.create(input=TEXT)
result = response["results"][0]
print("flagged:", result["flagged"])
for category, score in result["category_scores"].items():
    mark = "X" if result["categories"][category] else " "
    print(f"  [{mark}] {category:<24} {score:.4f}")
