from providers import PROVIDERS, get_provider

print("available:", sorted(PROVIDERS))
for name, kwargs in [("echo", {}), ("echo", {"model": "echo-plain"}), ("openai", {}), ("openai", {"max_tokens": 4})]:
    provider = get_provider(name, **kwargs)
    print(provider.describe() if name == "echo" else type(provider).__name__, "|", provider.complete("tell me a fun fact about owls"))
