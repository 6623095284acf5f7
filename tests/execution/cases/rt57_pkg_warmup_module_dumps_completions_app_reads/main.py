import os
import tempfile

import openai

import warmup
from app import FaqPage

openai.api_key = os.environ["OPENAI_API_KEY"]

path = os.path.join(tempfile.mkdtemp(), "faq_cache.json")
print("warmed", warmup.warm(path))
FaqPage(path).render()
