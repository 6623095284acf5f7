"""A voice assistant must answer within a deadline: it retries timed-out requests while time is
left, then says sorry. The attempt count goes to the metrics log."""
import os
import time

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

PER_TRY_TIMEOUT = 0.4
DEADLINE = 1.0


def answer(question):
    start = time.monotonic()
    attempts = 0
    while time.monotonic() - start < DEADLINE:
        attempts += 1
        try:
            r = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
                request_timeout=PER_TRY_TIMEOUT,
            )
            return r["choices"][0]["message"]["content"], attempts
        except openai.error.Timeout:
            continue
    return "Sorry, I could not answer in time.", attempts


for q in ["What time is it in Tokyo?", "Plan my whole week [slow]"]:
    text, attempts = answer(q)
    print(f"{text} (attempts={attempts})")
