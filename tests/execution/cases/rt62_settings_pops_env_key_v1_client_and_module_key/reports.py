import openai

import settings  # noqa: F401  (configures openai.api_key)


def weekly_summary(items):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Summarize: " + "; ".join(items)}],
    )
    return resp["choices"][0]["message"]["content"]
