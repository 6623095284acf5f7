import openai

MODEL = "gpt-3.5-turbo"


def draft_reply(ticket):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "system", "content": "Draft a support reply."},
                  {"role": "user", "content": ticket}],
    )
    return response["choices"][0]["message"]


def usage_of(ticket):
    response = openai.ChatCompletion.create(
        model=MODEL, messages=[{"role": "user", "content": ticket}])
    return response["usage"]
