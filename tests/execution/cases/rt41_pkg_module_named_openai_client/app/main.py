from app import openai_client


class KVClient:
    """Redis-like cache of answers."""

    def __init__(self):
        self.store = {}

    def get(self, key):
        return self.store.get(key)

    def set(self, key, value):
        self.store[key] = value


client = KVClient()


def cached_ask(question):
    hit = client.get(question)
    if hit is not None:
        return hit + " (cached)"
    reply = openai_client.ask(question)
    client.set(question, reply)
    return reply


def main():
    print(cached_ask("What is the capital of Peru?"))
    print(cached_ask("What is the capital of Peru?"))
    print(len(openai_client.embed("Lima")))


if __name__ == "__main__":
    main()
