import os

ENGINE = "text-davinci-003"
MAX_TOKENS = int(os.environ.get("EMAIL_MAX_TOKENS", "40"))
TONES = {"formal": "Write a formal email", "friendly": "Write a friendly email"}
