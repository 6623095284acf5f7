import math

from settings import SETTINGS


def _cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


def report(rows):
    lines = []
    for row in rows:
        others = sorted((r for r in rows if r is not row),
                        key=lambda r: _cos(row["vector"], r["vector"]), reverse=True)
        near = ", ".join(f"{r['stars']}*" for r in others[:SETTINGS["report"]["top_k"]])
        lines.append(f"{row['stars']}* {row['summary']} ({row['summary_tokens']} tok) near: {near}")
    return "\n".join(lines)
