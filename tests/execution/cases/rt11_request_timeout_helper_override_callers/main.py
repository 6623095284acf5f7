import os

import openai

from llm import complete

openai.api_key = os.environ["OPENAI_API_KEY"]

print(complete("Short answer: what is 12 squared?"))
print(complete("Write a limerick about a cat", request_timeout=60))
print(complete("[slow] Think carefully: a hard riddle", request_timeout=5))
