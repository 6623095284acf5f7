SYSTEM = "You are a terse assistant that writes commit messages."
USER_TEMPLATE = "Write a one-line commit message for this change:\n{diff}"


def build_messages(diff):
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER_TEMPLATE.format(diff=diff.strip())},
    ]
