def exact_contains(reply, expected):
    return 1.0 if expected.lower() in reply.lower() else 0.0


def mean(values):
    return sum(values) / len(values) if values else 0.0
