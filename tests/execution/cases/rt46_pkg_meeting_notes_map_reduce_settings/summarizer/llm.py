import openai

from summarizer.config import settings

openai.api_key = settings.openai_api_key
MODEL = "gpt-3.5-turbo"  # the 16k variant was not worth the price for short notes

usage_log = []


def summarize(text, instruction="Summarize these meeting notes in one sentence."):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You write terse meeting summaries."},
            {"role": "user", "content": f"{instruction}\n\n{text}"},
        ],
        max_tokens=settings.summary_tokens,
    )
    usage_log.append(dict(response["usage"]))
    return response["choices"][0]["message"]["content"].strip()
