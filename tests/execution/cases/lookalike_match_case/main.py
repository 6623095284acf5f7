def tier(model):
    match model:
        case "gpt-4" | "gpt-4-0613":
            return "premium"
        case "gpt-3.5-turbo":
            return "standard"
        case _:
            return "unknown"


def main():
    for model in ("gpt-4", "gpt-3.5-turbo", "llama"):
        print(model, tier(model))


if __name__ == "__main__":
    main()
