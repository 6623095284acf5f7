import openai

from .golden import GOLDEN
from .settings import PINNED_MODEL


def run_checks():
    failures = []
    for prompt, needle in GOLDEN.items():
        response = openai.ChatCompletion.create(
            model=PINNED_MODEL, messages=[{"role": "user", "content": prompt}])
        text = response.choices[0].message.content
        if needle not in text.lower():
            failures.append(prompt)
    return len(GOLDEN) - len(failures), failures
