import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")
ENGINE = "text-davinci-003"
EMBED_ENGINE = "text-embedding-ada-002"
