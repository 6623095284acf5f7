import openai


def main():
    with open("data.jsonl", "rb") as f:
        upload = openai.File.create(file=f, purpose="fine-tune")
    tune = openai.FineTune.create(training_file=upload["id"], model="curie", n_epochs=2)
    print(tune["object"], tune["status"])


if __name__ == "__main__":
    main()
