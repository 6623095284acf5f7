import os

import openai


def credentials():
    """Keys come from the environment; teams share one organization."""
    creds = {"api_key": os.environ["OPENAI_API_KEY"]}
    org = os.environ.get("OPENAI_ORGANIZATION")
    if org:
        creds["organization"] = org
    return creds


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=30,
        **credentials(),
    )
    return response["choices"][0]["message"]["content"]


print(answer("What is the boiling point of water?"))
print(answer("Who wrote Hamlet?"))
