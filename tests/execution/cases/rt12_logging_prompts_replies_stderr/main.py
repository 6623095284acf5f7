"""A support bot that logs every prompt and reply (to stderr) and prints answers."""
import logging
import os

import openai

logging.basicConfig(
    level=os.getenv("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s: %(message)s",
)
log = logging.getLogger("supportbot")

openai.api_key = os.environ.get("OPENAI_API_KEY")
MODEL = os.getenv("SUPPORT_MODEL", "gpt-3.5-turbo")


def answer(ticket_id, question):
    log.info("ticket %s prompt: %r", ticket_id, question)
    completion = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a support agent for ACME routers."},
            {"role": "user", "content": question},
        ],
        temperature=0.2,
    )
    reply = completion.choices[0].message.content
    log.info("ticket %s reply: %r (%d tokens)", ticket_id, reply, completion.usage.total_tokens)
    log.debug("raw response: %s", completion)
    return reply


if __name__ == "__main__":
    tickets = {17: "My router blinks red", 18: "How do I reset the password?"}
    for ticket_id, question in tickets.items():
        print(f"#{ticket_id}: {answer(ticket_id, question)}")
