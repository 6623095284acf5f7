import openai


def reply(user_text, history=None):
    messages = list(history or [])
    messages.append({"role": "user", "content": user_text})
    completion = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    return completion.choices[0].message.content
