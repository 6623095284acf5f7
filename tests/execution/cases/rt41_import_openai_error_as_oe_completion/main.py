import sys
import time

import openai
import openai.error as oe


def generate(prompt, attempts=3):
    delay = 0.1
    for attempt in range(1, attempts + 1):
        try:
            res = openai.Completion.create(engine="text-davinci-003", prompt=prompt,
                                           max_tokens=32)
            return res.choices[0].text.strip()
        except (oe.RateLimitError, oe.APIConnectionError) as err:
            print(f"retry {attempt}: {err}", file=sys.stderr)
            time.sleep(delay)
            delay *= 2
        except oe.OpenAIError as err:
            print("giving up:", type(err).__name__)
            return ""
    return ""


if __name__ == "__main__":
    print(generate("Suggest a name for a pet turtle:"))
    print(generate("Complete the proverb: an apple a day"))
