"""Each user gets a daily token budget; usage comes from the API response."""
from collections import Counter

import openai

DAILY_BUDGET = 20
used = Counter()


def ask(user, question):
    if used[user] >= DAILY_BUDGET:
        return f"{user}: budget exhausted ({used[user]}/{DAILY_BUDGET})"
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        user=user,
    )
    used[user] += resp["usage"]["total_tokens"]
    return f"{user}: {resp['choices'][0]['message']['content']} (used {used[user]})"


if __name__ == "__main__":
    for user, q in [("kim", "one two three four five"), ("lee", "hi"),
                    ("kim", "six seven eight nine ten eleven"), ("kim", "more please"),
                    ("lee", "again")]:
        print(ask(user, q))
    print(dict(used))
