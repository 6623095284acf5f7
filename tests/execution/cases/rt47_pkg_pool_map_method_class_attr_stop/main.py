from extract.kinds import DateExtractor, EmailExtractor

TEXTS = ["Write to ana@example.org before 3 May", "Call bob on 12 June or mail bob@example.com"]

if __name__ == "__main__":
    for extractor in (EmailExtractor(), DateExtractor()):
        print(type(extractor).__name__, extractor.run(TEXTS))
