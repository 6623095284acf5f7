from .config import CHUNK_CHARS
from .llm import ask
from .prompts import CHUNK_PROMPT, COMBINE_PROMPT


def chunks(text, size=CHUNK_CHARS):
    words, current = text.split(), []
    for word in words:
        if len(" ".join(current + [word])) > size:
            yield " ".join(current)
            current = []
        current.append(word)
    if current:
        yield " ".join(current)


def summarize_document(text):
    spent = 0
    parts = []
    for chunk in chunks(text):
        summary, tokens = ask(CHUNK_PROMPT.format(chunk=chunk))
        parts.append(summary)
        spent += tokens
    final, tokens = ask(COMBINE_PROMPT.format(parts="\n".join(parts)))
    return final, len(parts), spent + tokens
