EMBED_MODEL = "text-embedding-ada-002"
ANSWER_ENGINE = "text-davinci-003"
ANSWER_MAX_TOKENS = 40
