import functools

import openai

TOTALS = {"calls": 0, "tokens": 0}


def track_usage(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        TOTALS["calls"] += 1
        TOTALS["tokens"] += result["usage"]["total_tokens"]
        return result
    return wrapper


@track_usage
def chat(prompt, system="You are a helpful assistant."):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )


for q in ["What is Python?", "What is Rust?"]:
    print(chat(q).choices[0].message.content)
print(TOTALS)
