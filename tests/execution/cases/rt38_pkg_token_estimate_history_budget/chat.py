import openai

from utils.tokens import REPLY_TOKENS, estimate_tokens, fit_messages, message_tokens

history = [{"role": "system", "content": "You are a helpful assistant."}]


def chat(user_text, budget):
    history.append({"role": "user", "content": user_text})
    messages = fit_messages(history, budget)
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        max_tokens=REPLY_TOKENS,
        temperature=0.7,
    )
    answer = completion.choices[0].message
    history.append({"role": answer["role"], "content": answer["content"]})
    return answer["content"], len(messages), message_tokens(messages), completion["usage"]["prompt_tokens"]
