import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

TEXT = (
    "The city council met on Monday to discuss the new bike lanes. Several residents spoke in "
    "favour of the plan, citing safety concerns on Main Street. Business owners worried about "
    "losing parking spaces in front of their shops. The council agreed to run a six month trial "
    "starting in spring. A survey will be sent to all households in the district. The results "
    "will be presented at the October meeting. The mayor thanked everyone for attending and "
    "closed the session shortly after nine."
)


def split_into_chunks(text, max_words=25):
    words = text.split()
    chunks = []
    for start in range(0, len(words), max_words):
        chunks.append(" ".join(words[start:start + max_words]))
    return chunks


def summarize_chunk(chunk):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"{chunk}\n\nTl;dr",
        temperature=0.7,
        max_tokens=60,
        top_p=1.0,
        frequency_penalty=0.0,
        presence_penalty=1,
    )
    return response["choices"][0]["text"].strip()


chunks = split_into_chunks(TEXT)
print(f"{len(chunks)} chunks")
partial_summaries = []
for number, chunk in enumerate(chunks, start=1):
    summary = summarize_chunk(chunk)
    partial_summaries.append(summary)
    print(f"[{number}] {summary[:50]}...")

final = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You combine partial summaries into one short paragraph."},
        {"role": "user", "content": "\n".join(partial_summaries)},
    ],
    temperature=0.3,
    max_tokens=200,
)
print("FINAL:", final.choices[0].message.content[-90:])
print("finish:", final.choices[0].finish_reason)
