import textwrap

import openai

ARTICLE = " ".join(
    f"Paragraph {i} talks about the history of the printing press and its effect on Europe."
    for i in range(1, 13)
)

MAX_CONTEXT = 4097
SUMMARY_TOKENS = 40


def estimate_tokens(text):
    # rule of thumb from the OpenAI docs: ~4 characters per token
    return int(len(text) / 4)


def split_into_chunks(text, max_tokens=120):
    return textwrap.wrap(text, width=max_tokens * 4)


def summarize_chunk(chunk):
    prompt = f"Summarize the following text in one sentence:\n\n{chunk}\n\nSummary:"
    budget = min(SUMMARY_TOKENS, MAX_CONTEXT - estimate_tokens(prompt))
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=budget,
        temperature=0.3,
    )
    return response.choices[0].text.strip()


def combine(summaries):
    joined = "\n".join(f"- {s}" for s in summaries)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You merge partial summaries."},
            {"role": "user", "content": "Combine these into one paragraph:\n" + joined},
        ],
        max_tokens=60,
        temperature=0.3,
    )
    return response["choices"][0]["message"]["content"]


chunks = split_into_chunks(ARTICLE)
print(f"{len(chunks)} chunks, ~{estimate_tokens(ARTICLE)} tokens")
partials = []
for i, chunk in enumerate(chunks):
    s = summarize_chunk(chunk)
    partials.append(s)
    print(f"chunk {i}: {len(s.split())} words")
final = combine(partials)
print("final:", final[:120])
print("final words:", len(final.split()))
