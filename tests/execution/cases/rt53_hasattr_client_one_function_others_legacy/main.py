from writer import draft, headline, polish

if __name__ == "__main__":
    text = draft("tide pools")
    print(text)
    print(polish(text))
    print(headline(text))
