"""Summarize a long document: Tl;dr per chunk of words, then a summary of the summaries."""
import textwrap

import openai

DOCUMENT = " ".join(
    f"Paragraph {i} says the quarterly results were steady and the team shipped feature {i}."
    for i in range(1, 9)
)
CHUNK_WORDS = 30


def chunks(text, size):
    words = text.split()
    for start in range(0, len(words), size):
        yield " ".join(words[start:start + size])


def summarize(text, max_tokens=40):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"{text}\n\nTl;dr",
        temperature=0.3,
        max_tokens=max_tokens,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=1,
    )
    choice = response.choices[0]
    summary = choice.text.strip()
    if choice.finish_reason == "length":
        summary += " [...]"
    return summary


partials = [summarize(c, max_tokens=12) for c in chunks(DOCUMENT, CHUNK_WORDS)]
for i, p in enumerate(partials, 1):
    print(f"chunk {i}:", textwrap.shorten(p, 60))
final = summarize("\n".join(partials), max_tokens=25)
print("final:", final)
print("final words:", len(final.split()))
