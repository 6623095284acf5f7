def question_prompt(topic, count):
    return f"Write {count} short quiz questions about {topic}, one per line."


def parse_lines(text):
    lines = [line.strip(" -0123456789.)") for line in text.splitlines()]
    return [line for line in lines if line]
