import os
import tempfile

import openai

from cache import disk_cache

CACHE_DIR = os.path.join(tempfile.mkdtemp(), "llm")


@disk_cache(CACHE_DIR)
def chat(prompt, model="gpt-3.5-turbo", temperature=0.0, max_tokens=64):
    return openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
