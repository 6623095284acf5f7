import time

import openai


def ask(text, attempts=3):
    for attempt in range(attempts):
        try:
            resp = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": text}],
                request_timeout=15,
            )
            return resp["choices"][0]["message"]["content"]
        except openai.error.Timeout:
            time.sleep(attempt)
    return None


def main():
    print(ask("Are you there?"))


if __name__ == "__main__":
    main()
