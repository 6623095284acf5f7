import openai

HISTORY = []


def complete(prompt):
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=40)
    HISTORY.append(resp)
    return resp.choices[0].text.strip()
