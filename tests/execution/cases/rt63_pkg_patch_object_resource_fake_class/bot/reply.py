import openai

MODEL = "gpt-3.5-turbo"


def answer(history, question):
    messages = [{"role": "system", "content": "Answer briefly."}] + history
    messages.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(model=MODEL, messages=messages)
    content = response.choices[0].message.content
    return content, response.usage.total_tokens
