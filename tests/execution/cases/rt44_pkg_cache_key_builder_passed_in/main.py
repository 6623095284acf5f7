from cachekit.chat import CachedChat
from cachekit.keys import KeyBuilder


def run(keys):
    chat = CachedChat(keys)
    print(chat.ask("Define idempotent in one line"))
    print(chat.ask("Define idempotent in one line"))
    print(chat.ask("Define idempotent in one line", max_tokens=3))
    print(chat.ask("Define idempotent in one line", temperature=0.5))
    print(f"hits={chat.hits} entries={len(chat.store)}")


run(KeyBuilder(namespace="docs"))
