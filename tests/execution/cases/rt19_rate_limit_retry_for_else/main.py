import os
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MAX_RETRIES = 3


def chat(prompt):
    for attempt in range(MAX_RETRIES):
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
            return response["choices"][0]["message"]["content"]
        except openai.error.RateLimitError:
            wait = 2 ** attempt
            print(f"Rate limit hit, retrying in {wait}s...")
            time.sleep(wait)
        except openai.error.ServiceUnavailableError:
            print("Server overloaded, retrying...")
            time.sleep(1)
        except openai.error.Timeout:
            print("Request timed out, retrying...")
        except openai.error.APIError as e:
            print(f"OpenAI API returned an API Error: {e}")
            time.sleep(1)
    else:
        raise RuntimeError("Too many retries")


for question in ["What is 2 + 2?", "Name three primary colors."]:
    print(chat(question))
