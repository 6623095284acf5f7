import openai

SYSTEM = "You are a Slack assistant. Keep replies short."


def get_reply_message(thread):
    messages = [{"role": "system", "content": SYSTEM}]
    messages += [{"role": "user", "content": t} for t in thread]
    response = openai.ChatCompletion.create(model="gpt-4", messages=messages, temperature=0)
    return response.choices[0].message
