def context_window(model):
    match model:
        case "gpt-4":
            return 8192
        case "gpt-3.5-turbo-16k":
            return 16384
        case _:
            return 4096
