import functools
import time

import openai

RETRY_STATUSES = {429, 500, 502, 503}


def retry_on_status(tries=3, wait=0.05):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            for attempt in range(tries):
                try:
                    return fn(*args, **kwargs)
                except openai.error.OpenAIError as e:
                    status = getattr(e, "http_status", None)
                    if status in RETRY_STATUSES and attempt < tries - 1:
                        time.sleep(wait * 2 ** attempt)
                        continue
                    print(f"{fn.__name__}: giving up, status={status}")
                    return None
        return inner
    return deco


@retry_on_status()
def chat(prompt, model="gpt-3.5-turbo"):
    r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


print(chat("hello there"))
print(chat("hello there", model="acme-gpt-finetune"))
