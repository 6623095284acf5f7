"""Run the same prompt under two billing profiles (org + key per call)."""
import os

import openai

PROFILES = {
    "research": {"api_key": os.environ["OPENAI_API_KEY"], "organization": "org-research01"},
    "product": {"api_key": os.environ["OPENAI_API_KEY"], "organization": None},
}


def run(profile, prompt):
    settings = PROFILES[profile]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        api_key=settings["api_key"],
        organization=settings["organization"],
    )
    usage = response["usage"]
    return response["choices"][0]["message"]["content"], usage["total_tokens"]


for name in PROFILES:
    text, tokens = run(name, f"Hello from the {name} team")
    print(f"{name}: {text} ({tokens} tokens)")
