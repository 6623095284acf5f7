from kb import ask, embed

if __name__ == "__main__":
    vec = embed("The warranty lasts two years.")
    print(len(vec), round(sum(vec), 6) != 0)
    print(ask("How long is the warranty?", "The warranty lasts two years."))
