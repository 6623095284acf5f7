import re


def last_number(text):
    found = re.findall(r"-?\d+(?:\.\d+)?", text)
    return found[-1] if found else ""


def accuracy(preds, targets):
    return sum(p == t for p, t in zip(preds, targets)) / max(len(targets), 1)
