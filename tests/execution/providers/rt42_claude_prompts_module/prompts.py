from anthropic import AI_PROMPT, HUMAN_PROMPT

SUMMARY_TEMPLATE = """Here is an article:
<article>
{article}
</article>

Summarize it in one sentence."""


def summary_prompt(article: str) -> str:
    return f"{HUMAN_PROMPT} {SUMMARY_TEMPLATE.format(article=article)}{AI_PROMPT}"
