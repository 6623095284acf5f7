from docqa import constants


def context_window(model):
    match model:
        case constants.GPT35:
            return 40
        case constants.GPT4:
            return 80
        case _:
            raise NotImplementedError(f"no context window known for {model}")


def clip(text, model, reserve):
    room = context_window(model) - reserve
    return " ".join(text.split()[:room])
