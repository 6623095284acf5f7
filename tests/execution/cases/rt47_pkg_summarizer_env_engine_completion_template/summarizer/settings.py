import os

ENGINE = os.getenv("SUMMARY_ENGINE", "text-davinci-003")
MAX_TOKENS = int(os.getenv("SUMMARY_MAX_TOKENS", "60"))
