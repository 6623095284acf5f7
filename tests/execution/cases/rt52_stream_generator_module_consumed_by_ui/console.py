import sys

from streaming import stream_chat


def show(history):
    parts, reason = [], None
    for kind, value in stream_chat(history):
        if kind == "delta":
            parts.append(value)
            sys.stdout.write(value.upper())
            sys.stdout.flush()
        else:
            reason = value
    sys.stdout.write("\n")
    return "".join(parts), reason, len(parts)
