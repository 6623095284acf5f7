import os

import openai

from llm.client import cache, summarize

openai.api_key = os.environ["OPENAI_API_KEY"]

for text in ["the sky is blue", "grass is green", "water is wet", "grass is green"]:
    print(summarize(text))
print(f"cache hits={cache.hits} misses={cache.misses}")
