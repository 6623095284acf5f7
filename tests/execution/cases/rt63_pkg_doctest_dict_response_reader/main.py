import doctest

from app import core

if __name__ == "__main__":
    failed, attempted = doctest.testmod(core)
    print(f"doctests: {attempted - failed}/{attempted} passed")
    print(core.complete("Write a haiku about the sea"))
