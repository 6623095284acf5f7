from support.llm import CONFIG, complete_with_fallback

SYSTEM = "Classify the ticket as billing, bug or other."


def triage(ticket):
    position, text = complete_with_fallback(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": ticket}]
    )
    return f"[model {position}/{len(CONFIG['fallback_chain'])}] {text}"
