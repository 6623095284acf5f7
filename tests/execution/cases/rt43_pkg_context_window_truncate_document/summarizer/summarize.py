import openai

from summarizer.limits import prompt_budget_words
from summarizer.text import clip_words


def summarize(document, model="gpt-3.5-turbo"):
    clipped = clip_words(document, prompt_budget_words(model))
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarize the user's document in three bullet points."},
            {"role": "user", "content": clipped},
        ],
        temperature=0,
    )
    return len(clipped.split()), response["choices"][0]["message"]["content"]
