import litellm

ROUTER_MODEL = "openai/gpt-4-0314"
LANGCHAIN_SPEC = "openai:text-davinci-003"
TUNED = "davinci:ft-acme-2023-03-01-12-00-00"
TUNED_CHAT = "ft:gpt-3.5-turbo-0613:acme::7qrsTUV"
ARTICLE = "openai/gpt-4-0314 was a snapshot"
PATH = "models/openai/gpt-4-0314.json"

response = litellm.completion(model="openai/gpt-3.5-turbo-0301", messages=[])
local = litellm.completion(model="ollama/llama3", messages=[])
