"""Reply drafting on the GPT-3 Completions API."""

import logging

import openai

log = logging.getLogger(__name__)

REPLY_MODEL = "text-davinci-003"
STOP = ["\nCustomer:", "\nAgent:"]


def draft_reply(ticket: str, tone: str = "friendly") -> str:
    """One reply for a ticket, in the requested tone."""
    prompt = f"Write a {tone} reply to this support ticket.\n\nCustomer: {ticket}\nAgent:"
    response = openai.Completion.create(
        model=REPLY_MODEL,
        prompt=prompt,
        max_tokens=300,
        temperature=0.4,
        stop=STOP,
    )
    reply = response["choices"][0]["text"].strip()
    log.info("drafted %d characters, %s tokens", len(reply), response["usage"]["total_tokens"])
    return reply


def alternatives(ticket: str, count: int = 3) -> list:
    """Several candidate replies to choose from."""
    response = openai.Completion.create(
        model=REPLY_MODEL,
        prompt="Suggest a short reply to: " + ticket,
        n=count,
        max_tokens=120,
        presence_penalty=0.5,
    )
    return [choice["text"].strip() for choice in response["choices"]]


def classify(ticket: str) -> str:
    """billing, bug or question."""
    result = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Label as billing, bug or question: {ticket}\nLabel:",
        max_tokens=3,
        temperature=0,
    )
    first = result["choices"][0]
    label = first["text"].strip().lower()
    return label if label in ("billing", "bug", "question") else "question"


def complete_template(before: str, after: str) -> str:
    """Fill the gap between two parts of a template (insert mode)."""
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=before,
        suffix=after,
        max_tokens=60,
    )
    return response["choices"][0]["text"]


def raw_completion(prompt: str, **params):
    """Callers pass their own sampling parameters."""
    return openai.Completion.create(model="text-davinci-003", prompt=prompt, **params)
