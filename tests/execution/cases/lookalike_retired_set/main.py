RETIRED = {"text-davinci-003", "text-davinci-edit-001", "code-davinci-002"}
KNOWN = ["text-davinci-003", "gpt-4o", "code-davinci-002"]


def main():
    for model in KNOWN:
        print(model, "retired" if model in RETIRED else "ok")


if __name__ == "__main__":
    main()
