from .base import Extractor


class EmailExtractor(Extractor):
    template = "Text: {text}\n\nEmails:"


class DateExtractor(Extractor):
    template = "Find the dates.\n{text}\n\nDates: none found\n\nExplanation: long text"
    stop = ["\n\nExplanation"]
    max_tokens = 12
