import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# Force the model to answer only " Yes" (3363) or " No" (1400)
reviews = ["The battery lasts all day.", "It stopped working after a week."]
for review in reviews:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Is this review positive? {review}\nAnswer:",
        max_tokens=1,
        temperature=0,
        logit_bias={"3363": 100, "1400": 100},
    )
    print(review, "->", response["choices"][0]["text"].strip())
