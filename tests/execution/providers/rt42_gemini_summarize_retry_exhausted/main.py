import os
import time

import google.generativeai as genai
from google.api_core.exceptions import ResourceExhausted

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-3.1-pro-preview")

DOCS = [
    "Python 3.12 removes the distutils package from the standard library.",
    "The new release adds better error messages for common typos.",
    "Type parameter syntax lets you write generic classes more concisely.",
]


def summarize(doc, max_retries=5):
    delay = 1.0
    for _ in range(max_retries):
        try:
            return model.generate_content(f"Summarize in one short line: {doc}").text
        except ResourceExhausted:
            print("quota hit, backing off")
            time.sleep(delay)
            delay *= 2
    raise RuntimeError("too many retries")


for i, doc in enumerate(DOCS, 1):
    print(i, summarize(doc).strip())
