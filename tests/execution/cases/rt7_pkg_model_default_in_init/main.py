from summarizer.core import summarize

if __name__ == "__main__":
    print(summarize("Python 3.12 improves error messages and speeds up comprehensions."))
