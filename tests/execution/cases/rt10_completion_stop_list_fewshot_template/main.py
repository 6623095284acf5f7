from string import Template

import openai

FEW_SHOT = Template("""Input: I can't log in to my account
Intent: account_access
Input: Where is my parcel?
Intent: shipping
Input: $query
Intent:""")

QUERIES = ["My card was charged twice", "How do I change my address?"]


def detect_intent(query):
    completion = openai.Completion.create(
        engine="text-davinci-003",
        prompt=FEW_SHOT.substitute(query=query),
        temperature=0,
        max_tokens=10,
        stop=["\n", "Input:"],
    )
    return completion.choices[0].text.strip()


for q in QUERIES:
    print(f"{q!r:40} -> {detect_intent(q)!r}")
