import threading
from concurrent.futures import ThreadPoolExecutor

import openai

usage_lock = threading.Lock()
TOKENS = {"prompt": 0, "completion": 0, "requests": 0}


def track(response):
    with usage_lock:
        TOKENS["prompt"] += response["usage"]["prompt_tokens"]
        TOKENS["completion"] += response["usage"]["completion_tokens"]
        TOKENS["requests"] += 1


def paraphrase(sentence):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": "Paraphrase: " + sentence}],
        temperature=0.7,
    )
    track(response)
    return response["choices"][0]["message"]["content"]


sentences = [f"Sentence number {i} about data." for i in range(6)]
with ThreadPoolExecutor(max_workers=3) as ex:
    outputs = list(ex.map(paraphrase, sentences))
print(outputs[0])
print(outputs[-1])
print(dict(sorted(TOKENS.items())))
