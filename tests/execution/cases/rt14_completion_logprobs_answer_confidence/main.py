import math

import openai

QUESTIONS = ["Is the sky blue? Answer yes or no:", "Is fire cold? Answer yes or no:"]

for q in QUESTIONS:
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=q,
        max_tokens=1,
        temperature=0,
        logprobs=1,
    )
    choice = resp["choices"][0]
    lp = choice["logprobs"]
    if lp is None:
        print(q, "->", choice["text"].strip(), "(no logprobs)")
        continue
    conf = math.exp(sum(lp["token_logprobs"]))
    print(q, "->", choice["text"].strip(), f"{conf:.2f}")
