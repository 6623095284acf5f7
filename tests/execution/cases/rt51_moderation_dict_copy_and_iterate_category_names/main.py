"""Export per-category moderation scores of support chats to CSV."""
import csv
import io

import openai

CHATS = ["you people are stupid", "where is my invoice", "I hate waiting on hold"]
COLUMNS = ["hate", "harassment", "self-harm", "violence/graphic"]

resp = openai.Moderation.create(input=CHATS)
buffer = io.StringIO()
writer = csv.writer(buffer, lineterminator="\n")
writer.writerow(["chat"] + COLUMNS + ["n_flags"])
for text, result in zip(CHATS, resp["results"]):
    scores = dict(result["category_scores"])
    n_flags = 0
    for name in result["categories"]:
        if result["categories"][name]:
            n_flags += 1
    writer.writerow([text] + [f"{scores[c]:.2f}" for c in COLUMNS] + [n_flags])
print(buffer.getvalue(), end="")
