import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.organization = "org-acme-research"
