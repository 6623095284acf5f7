import os

MAIN_MODEL = os.getenv("MAIN_MODEL", "gpt-4")
CHEAP_MODEL = os.getenv("CHEAP_MODEL", "gpt-3.5-turbo")
