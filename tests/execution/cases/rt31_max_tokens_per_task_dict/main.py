import openai

ARTICLE = ("City council approves new bike lanes downtown after a year of public "
           "consultation, with construction starting next spring and finishing by autumn.")

TASKS = {
    "headline": ("Write a headline for this article:\n\n{text}\n\nHeadline:", 6),
    "summary": ("Summarize this article in one sentence:\n\n{text}\n\nSummary:", 40),
    "tweet": ("Write a tweet about this article:\n\n{text}\n\nTweet:", 12),
}

results = {}
for task, (template, max_tokens) in TASKS.items():
    response = openai.Completion.create(
        engine="text-curie-001",
        prompt=template.format(text=ARTICLE),
        max_tokens=max_tokens,
        temperature=0.7,
    )
    text = response["choices"][0]["text"].strip()
    results[task] = (text, response["choices"][0]["finish_reason"])

for task, (text, finish) in results.items():
    print(f"[{task}] ({finish}) words={len(text.split())}")
    print(text.splitlines()[0][:70])
