import time

import openai

MODEL = "gpt-4"


def chat(messages, **kwargs):
    retries = kwargs.pop("retries", 3)
    verbose = kwargs.pop("verbose", False)
    for attempt in range(retries):
        try:
            response = openai.ChatCompletion.create(model=MODEL, messages=messages, **kwargs)
            if verbose:
                print("tokens used:", response["usage"]["total_tokens"])
            return response["choices"][0]["message"]["content"]
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt)
    raise RuntimeError("out of retries")


print(chat([{"role": "user", "content": "Suggest a name for a bakery"}], retries=1))
print(chat([{"role": "user", "content": "Describe the ocean in many words please"}],
           max_tokens=5, verbose=True))
