import config


def system_prompt():
    if config.MODEL == "gpt-3.5-turbo":
        return "Answer briefly. Use plain words."
    return "Answer briefly."
