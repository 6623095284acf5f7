"""Translate a handful of strings; report the failures at the end instead of stopping."""
import openai

JOBS = {
    "welcome": [{"role": "user", "content": "Translate to Spanish: Welcome"}],
    "empty": [],
    "goodbye": [{"role": "user", "content": "Translate to Spanish: Goodbye"}],
    "broken": [{"role": "moderator", "content": "Translate to Spanish: Thanks"}],
}

translations = {}
failures = []
for name, messages in JOBS.items():
    try:
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    except openai.error.InvalidRequestError as e:
        failures.append((name, e))
        continue
    translations[name] = response["choices"][0]["message"]["content"]

for name, text in translations.items():
    print(f"{name}: {text}")

print(f"{len(failures)} failed:")
for name, err in failures:
    print(f"  {name}: HTTP {err.http_status}, code {err.code}")
