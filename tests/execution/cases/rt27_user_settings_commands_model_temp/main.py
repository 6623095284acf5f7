"""Chat bot where each user can pick the model and temperature."""
import copy
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_SETTINGS = {"model": "gpt-3.5-turbo", "temperature": 1.0}
ALLOWED_MODELS = {"gpt-3.5-turbo", "gpt-4"}
user_settings = {}


def settings_for(user):
    return user_settings.setdefault(user, copy.deepcopy(DEFAULT_SETTINGS))


def on_message(user, text):
    s = settings_for(user)
    if text.startswith("/model "):
        name = text.split(maxsplit=1)[1]
        if name not in ALLOWED_MODELS:
            return "unknown model"
        s["model"] = name
        return "model updated"
    if text.startswith("/temp "):
        s["temperature"] = float(text.split()[1])
        return f"temperature set to {s['temperature']}"
    response = openai.ChatCompletion.create(
        model=s["model"],
        messages=[{"role": "user", "content": text}],
        temperature=s["temperature"],
    )
    return response.choices[0].message.content


for user, text in [("ann", "hello"), ("ann", "/model gpt-4"), ("ann", "/temp 0.2"),
                   ("ann", "tell me about owls"), ("ben", "/model llama"), ("ben", "hi")]:
    print(f"{user}> {text}\n  {on_message(user, text)}")
