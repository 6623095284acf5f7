from providers import REGISTRY, OpenAI

if __name__ == "__main__":
    chosen = [("openai", "gpt-3.5-turbo"), ("openai-instruct", "text-davinci-003"), ("echo", "")]
    for name, model in chosen:
        provider = REGISTRY[name](model)
        print(name, isinstance(provider, OpenAI), provider.complete("Name a prime number"))
