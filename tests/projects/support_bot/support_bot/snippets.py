"""Code-snippet fixes for the knowledge base, on the Edits API."""

import openai


def apply_instruction(code: str, instruction: str) -> str:
    edited = openai.Edit.create(
        model="code-davinci-edit-001",
        input=code,
        instruction=instruction,
        temperature=0,
    )
    return edited["choices"][0]["text"]


def fix_spelling(text: str) -> str:
    edited = openai.Edit.create(model="text-davinci-edit-001", input=text,
                                instruction="Fix the spelling mistakes")
    return edited.choices[0].text
