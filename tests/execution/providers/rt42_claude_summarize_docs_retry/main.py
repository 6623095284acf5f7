import time

import anthropic

CONFIG = {
    "model": "claude-instant-1",
    "max_tokens": 200,
    "retries": 3,
}

client = anthropic.Anthropic()

DOCUMENTS = {
    "meeting.txt": "We agreed to ship the beta on Friday and to freeze features on Wednesday.",
    "email.txt": "Hi team, the office will be closed on Monday for maintenance.",
    "notes.txt": "Remember to rotate the API keys and update the on-call rota.",
}


def summarize(text):
    for attempt in range(CONFIG["retries"]):
        try:
            completion = client.completions.create(
                model=CONFIG["model"],
                max_tokens_to_sample=CONFIG["max_tokens"],
                prompt=f"{anthropic.HUMAN_PROMPT} Summarize in five words: {text}{anthropic.AI_PROMPT}",
            )
            return completion.completion.strip()
        except anthropic.RateLimitError:
            wait = 2 ** attempt
            print(f"rate limited, sleeping {wait}s")
            time.sleep(wait)
    return None


summaries = {}
for name, text in DOCUMENTS.items():
    summaries[name] = summarize(text)

for name, summary in sorted(summaries.items()):
    print(f"{name}: {summary}")
