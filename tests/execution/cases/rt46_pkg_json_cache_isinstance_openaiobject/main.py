import os

import openai

from llmcache.store import cached_chat, source

openai.api_key = os.environ["OPENAI_API_KEY"]

for q in ["Define entropy", "Define enthalpy", "Define entropy"]:
    resp = cached_chat([{"role": "user", "content": q}])
    print(source(resp), resp["choices"][0]["message"]["content"], resp["usage"]["total_tokens"])
