import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

text = "You are stupid and I hate you."
response = openai.Moderation.create(input=text)
result = response["results"][0]

print("Flagged:", result["flagged"])
# which categories were triggered, in the order the API lists them
triggered = [category for category, hit in result["categories"].items() if hit]
print("Triggered categories:", triggered)
for category in triggered:
    print(f"  {category}: {result['category_scores'][category]}")
