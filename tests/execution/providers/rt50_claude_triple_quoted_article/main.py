import os

import anthropic
from anthropic import AI_PROMPT, HUMAN_PROMPT

CLAUDE_MODEL = "claude-2"

client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

ARTICLES = {
    "rust": "Rust 1.0 shipped in May 2015 with a promise of stability.",
    "python": "Python 3.12 made f-strings part of the grammar.",
}


def summarize(article: str) -> str:
    response = client.completions.create(
        model=CLAUDE_MODEL,
        max_tokens_to_sample=500,
        prompt=f"""{HUMAN_PROMPT} Here is an article:
<article>
{article}
</article>

Summarize it in one sentence.{AI_PROMPT}""",
    )
    return response.completion.strip()


for name, text in ARTICLES.items():
    print(f"{name}: {summarize(text)}")
