import openai

from notesbot import settings


def release_note(commit_message):
    response = openai.ChatCompletion.create(
        model=settings.MODEL,
        messages=[
            {"role": "system", "content": "Turn commit messages into release notes."},
            {"role": "user", "content": commit_message},
        ],
        temperature=settings.TEMPERATURE,
        max_tokens=settings.MAX_TOKENS,
    )
    return response["choices"][0]["message"]["content"].strip()
