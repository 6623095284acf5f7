import textwrap

import openai

ARTICLE = (
    "The city council met on Tuesday to discuss the new budget. Members argued about road repairs "
    "and the library's opening hours. After three hours they agreed to raise the parks budget. "
    "The mayor thanked volunteers who cleaned the river banks last month. A vote on the bus routes "
    "was postponed to the next meeting because two members were absent."
)


def summarize_chunk(chunk):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Summarize this in one sentence:\n\n{chunk}\n\nSummary:",
        max_tokens=60,
        temperature=0.3,
    )
    return response["choices"][0].text.strip()


chunks = textwrap.wrap(ARTICLE, width=160)
summaries = [summarize_chunk(c) for c in chunks]
for n, s in enumerate(summaries, 1):
    print(f"[{n}/{len(chunks)}] {s[:90]}")
