import openai

from settings import SETTINGS

CFG = SETTINGS["summarize"]


def summarize(rows):
    for row in rows:
        response = openai.ChatCompletion.create(
            model=CFG["model"],
            temperature=CFG["temperature"],
            max_tokens=CFG["max_tokens"],
            messages=[{"role": "system", "content": CFG["system"]},
                      {"role": "user", "content": row["text"]}],
        )
        row["summary"] = response.choices[0].message.content
        row["summary_tokens"] = response.usage.completion_tokens
    return rows
