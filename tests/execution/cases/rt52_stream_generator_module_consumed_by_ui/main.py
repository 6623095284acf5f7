import os

import openai

from console import show
from transcript import Transcript

openai.api_key = os.environ["OPENAI_API_KEY"]

log = Transcript()
for line in ["Once upon a time", "a dragon learned to code"]:
    log.add("user", line)
    text, reason, count = show(log.history())
    log.add("assistant", text, finish=reason, chunks=count)
print(log.dump())
