def context_window(model):
    if model == "gpt-4-32k":
        return 32768
    if model in ("gpt-3.5-turbo-16k", "gpt-3.5-turbo-16k-0613"):
        return 16384
    if model.startswith("text-davinci"):
        return 4097
    return 4096


def main():
    for name in ["gpt-4-32k", "gpt-3.5-turbo-16k", "text-davinci-003", "other"]:
        print(name, context_window(name))


if __name__ == "__main__":
    main()
