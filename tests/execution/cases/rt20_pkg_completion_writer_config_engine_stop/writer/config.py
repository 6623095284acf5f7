import os

ENGINE = os.getenv("COMPLETION_ENGINE", "text-davinci-003")
DEFAULT_MAX_TOKENS = 60
