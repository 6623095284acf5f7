import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

TASK_SETTINGS = {
    "classify": {"engine": "text-davinci-003", "max_tokens": 3, "temperature": 0},
    "reply": {"model": "gpt-3.5-turbo", "max_tokens": 40, "temperature": 0.7},
}


def classify(message):
    r = openai.Completion.create(prompt=f"Sentiment of: {message}\nSentiment:", **TASK_SETTINGS["classify"])
    return r.choices[0].text.strip()


def reply(message, sentiment):
    r = openai.ChatCompletion.create(
        messages=[
            {"role": "system", "content": f"The customer sounds {sentiment}."},
            {"role": "user", "content": message},
        ],
        **TASK_SETTINGS["reply"],
    )
    return r.choices[0].message.content


for msg in ["My order arrived broken and nobody answers my emails", "Thanks, the replacement works great"]:
    s = classify(msg)
    print(f"{s!r}: {reply(msg, s)}")
