import openai

from helpdesk.budget import TokenBudget

MODEL = "gpt-3.5-turbo"


def draft_reply(ticket, max_tokens=12):
    budget = TokenBudget(context_window=40)
    body = budget.fit(ticket, max_tokens=max_tokens, reserve=4)
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a polite support agent."},
            {"role": "user", "content": body},
        ],
        max_tokens=max_tokens,
        temperature=0,
    )
    used = response["usage"]["total_tokens"]
    text = response["choices"][0]["message"]["content"]
    return text, budget.remaining(used, max_tokens=max_tokens)
