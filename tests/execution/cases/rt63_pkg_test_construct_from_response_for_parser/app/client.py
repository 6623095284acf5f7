import openai

from app.parse import cost_cents, reply_text


def chat(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
    )
    return reply_text(response), cost_cents(response)
