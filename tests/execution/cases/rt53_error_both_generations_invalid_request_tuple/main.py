import time

import openai

from errors import BAD_REQUEST, RETRYABLE


def complete(messages, tries=3):
    for attempt in range(tries):
        try:
            resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
            return resp.choices[0].message.content
        except RETRYABLE:
            time.sleep(0.1 * (attempt + 1))
        except BAD_REQUEST:
            return "<rejected>"
    return "<gave up>"


if __name__ == "__main__":
    print(complete([{"role": "user", "content": "Say hi"}]))
    print(complete([]))
    print(len(RETRYABLE) >= 2, len(BAD_REQUEST) >= 1)
