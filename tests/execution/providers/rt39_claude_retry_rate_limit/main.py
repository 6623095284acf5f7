import time

import anthropic

client = anthropic.Anthropic(max_retries=0)


def complete(question, attempts=4):
    delay = 0.1
    for attempt in range(attempts):
        try:
            response = client.completions.create(
                model="claude-2",
                max_tokens_to_sample=256,
                prompt=f"{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}",
            )
            return response.completion.strip()
        except anthropic.RateLimitError:
            print(f"rate limited, retrying in {delay:.1f}s")
            time.sleep(delay)
            delay *= 2
        except anthropic.APIStatusError as err:
            print("API error", err.status_code)
            raise
    raise RuntimeError("gave up")


for q in ["Summarise the plot of Hamlet in one line.", "Give me a synonym for happy."]:
    print(complete(q))
