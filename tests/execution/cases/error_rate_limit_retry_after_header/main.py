import time

import openai


def ask(question, attempts=3):
    for attempt in range(attempts):
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
            )
            return response["choices"][0]["message"]["content"]
        except openai.error.RateLimitError as e:
            wait = float(e.headers.get("retry-after", 2 ** attempt))
            print(f"rate limited, sleeping {wait}s")
            time.sleep(wait)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello?"))
