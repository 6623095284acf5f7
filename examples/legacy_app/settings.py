"""Settings for the support assistant (written against openai 0.27 in early 2023)."""

import os

openai_api_key = os.environ.get("OPENAI_API_KEY", "")

# The completion model used for replies. Was "text-davinci-002" until March.
COMPLETION_MODEL = "text-davinci-003"
EMBEDDING_MODEL = "text-search-ada-doc-001"
QUERY_EMBEDDING_MODEL = "text-search-ada-query-001"
VISION_MODEL = "gpt-4-vision-preview"

MAX_TOKENS = 256
