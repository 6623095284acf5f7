import time

import openai

MODEL = "gpt-3.5-turbo"


def summarize_thread(messages, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            response = openai.ChatCompletion.create(model=MODEL, messages=messages)
            return response["choices"][0]["message"]["content"]
        except (openai.error.APIError, openai.error.RateLimitError) as err:
            print(f"attempt {attempt}: transient {type(err).__name__}, retrying")
            time.sleep(0.01)
        except openai.error.InvalidRequestError:
            print(f"attempt {attempt}: request rejected, not retrying")
            return None
    return None


if __name__ == "__main__":
    print(summarize_thread([{"role": "user", "content": "Lunch at noon?"},
                            {"role": "assistant", "content": "Sure."}]))
    print(summarize_thread([]))  # an empty thread: the API answers 400
