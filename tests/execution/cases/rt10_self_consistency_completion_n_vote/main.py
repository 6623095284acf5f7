import re
from collections import Counter

import openai

COT_PROMPT = """Q: Tom has 3 apples and buys 4 more. How many apples does he have?
A: Let's think step by step."""


def extract_number(text):
    numbers = re.findall(r"-?\d+", text)
    return numbers[-1] if numbers else None


def self_consistency(prompt, k=5):
    response = openai.Completion.create(
        engine="text-davinci-002",
        prompt=prompt,
        n=k,
        temperature=0.7,
        max_tokens=128,
        stop="\n\n",
    )
    answers = [extract_number(choice.text) for choice in response.choices]
    votes = Counter(a for a in answers if a is not None)
    best, count = votes.most_common(1)[0]
    return best, count, answers


if __name__ == "__main__":
    best, count, answers = self_consistency(COT_PROMPT)
    print("samples:", answers)
    print(f"majority answer {best} with {count} votes")
