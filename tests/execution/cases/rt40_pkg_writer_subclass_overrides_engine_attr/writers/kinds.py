from writers.base import Writer


class TaglineWriter(Writer):
    template = "Write a catchy tagline for {topic}:"
    max_tokens = 6


class CheapWriter(Writer):
    engine = "text-curie-001"
    template = "Describe {topic} in one line:"


WRITERS = {"tagline": TaglineWriter, "line": CheapWriter}
