import openai

from app import parsing


def ask(question, max_tokens=50):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
    )
    text = parsing.reply_text(response)
    if parsing.was_cut(response):
        text += " [...]"
    return text, parsing.total_tokens(response)
