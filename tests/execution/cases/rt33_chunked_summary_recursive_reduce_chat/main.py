"""Summarize a long transcript that does not fit the context window.

Split into chunks of ~N characters on sentence boundaries, summarize each chunk,
then keep summarizing the joined summaries until the text is short enough.
"""
import openai

CHUNK_CHARS = 220
TARGET_CHARS = 200

TRANSCRIPT = " ".join(
    f"Speaker {i % 3 + 1} said item {i} on the agenda was discussed and deferred to next week."
    for i in range(12)
)


def split_into_chunks(text, max_chars=CHUNK_CHARS):
    chunks, current = [], ""
    for sentence in text.split(". "):
        sentence = sentence.strip().rstrip(".") + "."
        if current and len(current) + len(sentence) + 1 > max_chars:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current)
    return chunks


def summarize(text, max_tokens):
    messages = [
        {"role": "system", "content": "You summarize meeting transcripts concisely."},
        {"role": "user", "content": f"Summarize:\n{text}"},
    ]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-16k",
        messages=messages,
        max_tokens=max_tokens,
        temperature=0,
    )
    return response.choices[0].message["content"]


def summarize_long(text):
    level = 0
    while len(text) > TARGET_CHARS:
        level += 1
        chunks = split_into_chunks(text)
        print(f"level {level}: {len(chunks)} chunk(s), {len(text)} chars")
        partial = [summarize(chunk, max_tokens=10) for chunk in chunks]
        text = "\n".join(partial)
        if len(chunks) == 1:
            break
    return text


final = summarize_long(TRANSCRIPT)
print("FINAL SUMMARY:")
print(final)
