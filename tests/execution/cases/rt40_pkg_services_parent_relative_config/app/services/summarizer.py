import openai

from ..config import SUMMARY_MAX_TOKENS, SUMMARY_MODEL


def summarize(text):
    response = openai.ChatCompletion.create(
        model=SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": "Summarize the user's text in one sentence."},
            {"role": "user", "content": text},
        ],
        max_tokens=SUMMARY_MAX_TOKENS,
    )
    choice = response.choices[0]
    return choice.message.content, choice.finish_reason
