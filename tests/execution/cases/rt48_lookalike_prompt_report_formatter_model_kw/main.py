import json
import os

# Experiment log from the prompt engineering course: which prompt was tried with which
# model and settings. Nothing here talks to an API; it only formats the report.
os.environ.setdefault("REPORT_TITLE", "Prompt experiments")


def create(model, messages, temperature=0, max_tokens=None, **extra):
    """One row of the report (named after the API call it documents)."""
    row = {
        "model": model,
        "turns": len(messages),
        "first": messages[0]["content"][:30],
        "temperature": temperature,
    }
    if max_tokens is not None:
        row["max_tokens"] = max_tokens
    row.update(extra)
    return row


def get_completion(prompt, model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": prompt}]
    return create(model=model, messages=messages, temperature=0)


rows = [
    get_completion("Summarize the text delimited by triple backticks"),
    get_completion("Translate to Spanish: hello", model="gpt-4"),
    create(model="text-davinci-003", messages=[{"role": "user", "content": "Say this is a test"}],
           temperature=0.7, max_tokens=7, engine="text-davinci-003"),
]

print(os.environ["REPORT_TITLE"])
for number, row in enumerate(rows, 1):
    print(number, json.dumps(row, sort_keys=True))
print("models:", sorted({row["model"] for row in rows}))
