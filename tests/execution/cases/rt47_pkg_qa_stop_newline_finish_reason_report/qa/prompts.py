FEW_SHOT = "Q: {question}\nA: {hint} and some more words after the first line\nQ:"
