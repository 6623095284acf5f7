import openai

from billing.prices import cost_of

SPENT = []


def complete(prompt, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    SPENT.append(cost_of(response))
    return response["choices"][0]["message"]["content"]
