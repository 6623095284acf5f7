from summarizer.core import Summarizer

TEXT = ("The museum reopens in June after a two year renovation.\n\n"
        "New galleries cover maritime history and local crafts.")

if __name__ == "__main__":
    s = Summarizer()
    print(repr(s.tldr(TEXT)))
    print(repr(s.bullets(TEXT)))
    short = Summarizer(max_tokens=5)
    print(repr(short.tldr(TEXT)))
    print(s.finishes, short.finishes)
