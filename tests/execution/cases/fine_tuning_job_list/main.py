import openai


def main():
    jobs = openai.FineTuningJob.list(limit=10)
    print(jobs["object"], len(jobs["data"]))
    files = openai.File.list()
    print(len(files["data"]))


if __name__ == "__main__":
    main()
