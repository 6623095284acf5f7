import anthropic

MODELS = {
    "fast": "claude-instant-1.2",
    "smart": "claude-2.1",
}

client = anthropic.Anthropic(max_retries=1)


def ask(question, tier="fast"):
    try:
        response = client.completions.create(
            model=MODELS[tier],
            max_tokens_to_sample=256,
            prompt=f"{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}",
        )
    except (anthropic.RateLimitError, anthropic.APIConnectionError) as exc:
        print("temporary problem:", type(exc).__name__)
        return None
    except anthropic.APIStatusError as exc:
        print("API error", exc.status_code, exc.message)
        return None
    return response.completion.strip()


print(ask("Give me a haiku about tea."))
print(ask("Prove that there are infinitely many primes.", tier="smart"))
