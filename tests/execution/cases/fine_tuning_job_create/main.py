import openai


def main():
    with open("train.jsonl", "rb") as f:
        training = openai.File.create(file=f, purpose="fine-tune")
    job = openai.FineTuningJob.create(training_file=training["id"], model="gpt-3.5-turbo")
    print(job["object"], job["status"])


if __name__ == "__main__":
    main()
