import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

comments = [
    "This tutorial was really helpful, thanks!",
    "You are so stupid.",
    "I hate waiting for builds.",
    "I will kill the bugs in my code tonight.",
    "Great explanation of embeddings.",
]

approved = []
for comment in comments:
    response = openai.Moderation.create(input=comment)
    output = response["results"][0]
    if output["flagged"]:
        flagged_categories = [name for name, value in output["categories"].items() if value]
        top = max(output["category_scores"], key=lambda k: output["category_scores"][k])
        print(f"REJECTED: {comment!r} categories={sorted(flagged_categories)} top={top} "
              f"score={output['category_scores'][top]:.2f}")
    else:
        approved.append(comment)
        print(f"ok: {comment!r}")

# One request for the whole batch
response = openai.Moderation.create(input=comments)
print("batch results:", len(response["results"]))
print("batch flags:", [r["flagged"] for r in response["results"]])
print("approved:", len(approved))
