from providers import get_provider
from settings import SETTINGS, AppSettings, OpenAISettings

PROMPT = "Write a limerick about a cat who codes"
for settings in (SETTINGS, AppSettings(provider="echo"), AppSettings(openai=OpenAISettings(max_tokens=2))):
    print(settings.provider, "|", get_provider(settings).generate(PROMPT))
