import os
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

questions = [
    "What is the capital of Spain?",
    "",
    "What is the boiling point of water in Celsius?",
]

answers = []
for question in questions:
    messages = [{"role": "user", "content": question}] if question else []
    retries = 0
    while True:
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=messages,
                temperature=0,
            )
            answers.append(response["choices"][0]["message"]["content"])
            break
        except openai.error.RateLimitError:
            retries += 1
            print("Rate limit reached, waiting 20 seconds...")
            time.sleep(20)
        except openai.error.ServiceUnavailableError:
            retries += 1
            time.sleep(5)
        except openai.error.InvalidRequestError as e:
            print("Skipping invalid request, status", e.http_status)
            answers.append(None)
            break
    print(f"{question or '<empty>'!r}: retries={retries}")

print(answers)
