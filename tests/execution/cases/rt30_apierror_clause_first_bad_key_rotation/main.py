"""Try each configured key until one works (the first one was revoked)."""
import os

import openai

KEYS = ["sk-revoked-0000000000000000", os.environ.get("OPENAI_API_KEY", "")]


def first_working_key(question):
    for number, key in enumerate(KEYS, 1):
        openai.api_key = key
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
            )
        except openai.error.APIError as e:
            print(f"key #{number}: server error {e.http_status}, giving up")
            return None
        except openai.error.AuthenticationError as e:
            print(f"key #{number}: rejected ({e.http_status})")
            continue
        print(f"key #{number}: works")
        return response["choices"][0]["message"]["content"]
    return None


print(first_working_key("ping"))
