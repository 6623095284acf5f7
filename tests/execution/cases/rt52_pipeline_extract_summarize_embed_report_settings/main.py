import os

import openai

from embed import embed
from extract import extract
from report import report
from summarize import summarize

openai.api_key = os.getenv("OPENAI_API_KEY")

rows = extract()
print(f"extracted {len(rows)} reviews")
print(report(embed(summarize(rows))))
