from config import Settings, get_settings
from llm import answer

print(answer("How long should I boil an egg?"))
print(answer("Can I freeze basil?"))
print(answer("What goes well with lamb?", Settings(max_tokens=3)))
print("settings cache hits:", get_settings.cache_info().hits)
