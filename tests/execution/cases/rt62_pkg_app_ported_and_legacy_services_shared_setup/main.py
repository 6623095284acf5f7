from app.legacy import autocomplete
from app.ported import reply

if __name__ == "__main__":
    history = [{"role": "user", "content": "Hi there"}]
    first = reply(history)
    print(first)
    history += [{"role": "assistant", "content": first}, {"role": "user", "content": "And again"}]
    print(reply(history))
    print(autocomplete("The quick brown fox jumps over. The lazy dog"))
    print(autocomplete("Hello world. Bye"))
