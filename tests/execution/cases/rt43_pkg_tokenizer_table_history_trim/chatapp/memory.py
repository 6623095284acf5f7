from chatapp.tokens import num_tokens_from_messages


def trim(messages, model, budget):
    """Drop the oldest turns (never the system message) until the prompt fits."""
    while len(messages) > 2 and num_tokens_from_messages(messages, model) > budget:
        messages = [messages[0]] + messages[2:]
    return messages
