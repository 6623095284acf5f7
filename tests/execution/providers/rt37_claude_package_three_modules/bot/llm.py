import anthropic

from bot.config import CLAUDE_MODEL, MAX_TOKENS_TO_SAMPLE, SYSTEM_PROMPT

_client = anthropic.Anthropic()


def build_prompt(question):
    return f"{SYSTEM_PROMPT}{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}"


def complete(question):
    response = _client.completions.create(
        model=CLAUDE_MODEL,
        prompt=build_prompt(question),
        max_tokens_to_sample=MAX_TOKENS_TO_SAMPLE,
    )
    return response.completion
