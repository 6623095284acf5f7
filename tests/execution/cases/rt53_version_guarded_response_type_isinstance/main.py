from typed import ask

if __name__ == "__main__":
    print(ask("Name a prime number above 100."))
    print(ask("Name a perfect square above 100."))
