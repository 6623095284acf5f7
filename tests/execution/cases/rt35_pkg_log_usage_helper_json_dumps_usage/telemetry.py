import json

LOG = []


def log_usage(kind, response):
    """Record the token usage of any API response."""
    entry = {"kind": kind, "usage": response["usage"]}
    LOG.append(json.dumps(entry, sort_keys=True))


def report():
    for line in LOG:
        print(line)
