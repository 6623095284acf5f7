import anthropic

from prompts import summary_prompt

client = anthropic.Anthropic()

ARTICLES = [
    "The city council approved a new bike lane on Main Street after months of debate.",
    "Researchers found that octopuses change colour while they sleep.",
]

for article in ARTICLES:
    result = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=150,
        prompt=summary_prompt(article),
    )
    print(result.completion.strip())
    print("-" * 20)
