import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULTS = {"model": "gpt-3.5-turbo", "temperature": 0.5, "max_tokens": 60}
profiles = {}


def profile(user):
    if user not in profiles:
        profiles[user] = dict(DEFAULTS)
        if user == "free-tier":
            profiles[user].update(max_tokens=4)
    return profiles[user]


def ask(user, prompt):
    settings = profile(user)
    resp = openai.ChatCompletion.create(messages=[{"role": "user", "content": prompt}], **settings)
    choice = resp.choices[0]
    return choice.message.content, choice.finish_reason


for user, prompt in [("pro", "write a tagline for a coffee shop in ten words or so"),
                     ("free-tier", "write a tagline for a coffee shop in ten words or so")]:
    print(user, *ask(user, prompt))
