"""Command line entry point."""

import sys

from support_bot.drafting import draft_reply
from support_bot.reports import weekly_digest


def print_digest(lines):
    print(weekly_digest(lines)["choices"][0]["message"]["content"])


def main() -> None:
    print(draft_reply(sys.stdin.read()))


if __name__ == "__main__":
    main()
