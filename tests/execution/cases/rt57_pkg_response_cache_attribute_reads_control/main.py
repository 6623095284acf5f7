import os

import openai

import memo

openai.api_key = os.environ["OPENAI_API_KEY"]


def ask(question):
    return memo.get_or_call(question, lambda: openai.ChatCompletion.create(
        model="gpt-4", messages=[{"role": "user", "content": question}]))


for q in ["Largest ocean?", "Longest river?", "Largest ocean?"]:
    resp = ask(q)
    print(resp.choices[0].message.content, resp.usage.prompt_tokens, resp.choices[0].finish_reason)
print("cached responses:", memo.size())
