import openai

from assistant.tokens import num_tokens_from_messages

MODEL = "gpt-3.5-turbo"


def ask(question, history=()):
    messages = [{"role": "system", "content": "You are terse."}, *history,
                {"role": "user", "content": question}]
    prompt_tokens = num_tokens_from_messages(messages, model=MODEL)
    response = openai.ChatCompletion.create(model=MODEL, messages=messages)
    return response["choices"][0]["message"]["content"], prompt_tokens
