import openai


def is_abusive(text):
    return openai.Moderation.create(input=text).results[0].flagged


def summary_of(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarise the voicemail in one line."},
                  {"role": "user", "content": text}],
        max_tokens=60,
    )
    return resp.choices[0].message.content.strip()
