import openai

from profiles import PROFILES


def rewrite(text, profile_name="fast"):
    profile = PROFILES[profile_name]
    result = openai.ChatCompletion.create(
        model=profile.model,
        messages=[
            {"role": "system", "content": "Rewrite the text in plain English."},
            {"role": "user", "content": text},
        ],
        temperature=profile.temperature,
        max_tokens=profile.max_tokens,
    )
    return result["choices"][0]["message"]["content"]
