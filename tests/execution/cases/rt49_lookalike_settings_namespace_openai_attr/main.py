import settings
from settings import openai

print("provider:", openai.api_type, openai.api_version)
settings.override(openai, api_version="2023-05-15", engine="gpt-35-turbo")
openai.api_base = openai.api_base.rstrip("/")
print("after override:", vars(openai))
print("search:", settings.search.api_version, settings.search.index)
