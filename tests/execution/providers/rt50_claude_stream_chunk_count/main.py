import sys

import anthropic

client = anthropic.Anthropic()

stream = client.completions.create(
    model="claude-instant-1.2",
    prompt=f"{anthropic.HUMAN_PROMPT} Describe the sea in one sentence.{anthropic.AI_PROMPT}",
    max_tokens_to_sample=100,
    stream=True,
)
received = 0
for data in stream:
    sys.stdout.write(data.completion)
    received += 1
print(f"\n({received} chunks received)")
