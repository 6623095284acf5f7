from demo.llm import mirror, shout

if __name__ == "__main__":
    print(shout("the quick brown fox jumps over"))
    print(shout(""))
    print(mirror("stressed desserts"))
