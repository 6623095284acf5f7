"""Pre-screen user comments in parallel before they are published."""
from concurrent.futures import ThreadPoolExecutor

import openai

COMMENTS = [
    "Great article, thanks for sharing!",
    "I will hurt anyone who disagrees",
    "Could you add a section on testing?",
    "You are stupid and so is this post",
]

with ThreadPoolExecutor(max_workers=4) as pool:
    verdicts = list(pool.map(openai.Moderation.create, COMMENTS))

published = 0
for comment, verdict in zip(COMMENTS, verdicts):
    result = verdict["results"][0]
    if result["flagged"]:
        hits = sorted(k for k, v in result["categories"].items() if v)
        print("HELD   ", comment[:30], hits)
    else:
        published += 1
        print("PUBLISH", comment[:30])
print(f"{published}/{len(COMMENTS)} published")
