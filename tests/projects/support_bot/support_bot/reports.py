"""Weekly digest: returns the raw response to a caller in another module."""

import openai


def weekly_digest(lines):
    """The caller reads the text itself (see cli.print_digest)."""
    return openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": "Summarise:\n" + "\n".join(lines)}],
    )
