import re

ANSWER_RE = re.compile(r"Answer:\s*(.+)")


def extract(response):
    """Pull the final answer out of a completion response."""
    text = response["choices"][0]["text"]
    matches = ANSWER_RE.findall(text)
    answer = matches[-1] if matches else text
    return answer.strip().rstrip(".")


def finish_reason(response):
    return response["choices"][0]["finish_reason"]
