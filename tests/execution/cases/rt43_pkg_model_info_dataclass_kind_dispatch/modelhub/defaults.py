DEFAULT_CHAT = "gpt-3.5-turbo"
DEFAULT_COMPLETION = "text-davinci-003"
DEFAULT_EMBEDDING = "text-embedding-ada-002"
