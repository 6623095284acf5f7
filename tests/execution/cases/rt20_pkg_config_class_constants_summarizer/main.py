from summarizer.core import Summarizer

TEXT = ("The city council met on Monday to discuss the new bike lanes. "
        "Residents raised concerns about parking. The mayor promised a survey before any changes.")

for i, part in enumerate(Summarizer().summarize(TEXT), 1):
    print(i, part)
