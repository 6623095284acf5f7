import openai

from . import templates

CHAT_MODEL = "gpt-3.5-turbo"


def answer(question, passages, temperature=0.1, max_tokens=300):
    context = "\n".join(f"- {text}" for _, text in passages)
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user",
                   "content": templates.ANSWER.format(context=context, question=question)}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message.content, response.usage.total_tokens
