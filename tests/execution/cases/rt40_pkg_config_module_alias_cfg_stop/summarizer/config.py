ENGINE = "text-davinci-003"
MAX_TOKENS = 30
STOP = ["\n\n"]
TEMPLATE = "{text}\n\nTl;dr:"
