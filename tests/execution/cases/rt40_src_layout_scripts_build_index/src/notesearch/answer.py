import openai

from notesearch import settings

PROMPT = """Answer the question using the notes.

Notes:
{notes}

Question: {question}
Answer:"""


def answer(question, notes):
    response = openai.Completion.create(
        engine=settings.ANSWER_ENGINE,
        prompt=PROMPT.format(notes="\n".join(notes), question=question),
        max_tokens=settings.ANSWER_MAX_TOKENS,
        stop="\n",
    )
    return response["choices"][0]["text"].strip()
