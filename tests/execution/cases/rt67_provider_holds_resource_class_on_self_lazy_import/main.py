from provider import OpenAIChatProvider

provider = OpenAIChatProvider()
print(provider.name, "->", provider.complete([{"role": "user", "content": "Name a colour."}]))
print(provider.name, "->", provider.complete([{"role": "user", "content": "Name a season."}], n=1))
