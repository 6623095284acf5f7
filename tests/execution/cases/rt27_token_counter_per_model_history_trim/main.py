import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
MODEL = "gpt-3.5-turbo"
TOKEN_LIMIT = 45


def num_tokens_from_messages(messages, model=MODEL):
    """Rough port of the cookbook counter (no tiktoken on this box)."""
    if model == "gpt-3.5-turbo-0301":
        tokens_per_message = 4
    else:
        tokens_per_message = 3
    num_tokens = 0
    for message in messages:
        num_tokens += tokens_per_message
        for value in message.values():
            num_tokens += max(1, len(value) // 4)
    return num_tokens + 3


def trim_history(messages, model=MODEL):
    while num_tokens_from_messages(messages, model) > TOKEN_LIMIT and len(messages) > 2:
        del messages[1]
    return messages


messages = [{"role": "system", "content": "You are a history teacher."}]
for question in ["Who built the pyramids?", "When did Rome fall?",
                 "What started the first world war?", "Summarise the Renaissance."]:
    messages.append({"role": "user", "content": question})
    trim_history(messages)
    completion = openai.ChatCompletion.create(model=MODEL, messages=messages)
    answer = completion.choices[0].message["content"]
    messages.append({"role": "assistant", "content": answer})
    print(f"{num_tokens_from_messages(messages):3d} {answer}")
