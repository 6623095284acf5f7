import os
import tempfile

import openai

from store import DiskCache

openai.api_key = os.environ["OPENAI_API_KEY"]
PATH = os.path.join(tempfile.mkdtemp(), "cache.json")


def run(questions):
    cache = DiskCache(PATH)
    for q in questions:
        if q in cache:
            source = "disk"
        else:
            resp = openai.ChatCompletion.create(
                model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
            cache.put(q, resp)
            source = "api"
        entry = cache[q]
        print(source, entry["choices"][0]["message"]["content"], entry["usage"]["total_tokens"])
    cache.save()


run(["What is RAM?", "What is ROM?"])
run(["What is ROM?", "What is a CPU?"])
