import openai


def main():
    model = openai.Model.retrieve("whisper-1")
    print(model["id"], model["object"])
    names = [item["id"] for item in openai.Model.list()["data"]]
    print("whisper-1" in names)


if __name__ == "__main__":
    main()
