import openai


def main():
    with open("train.jsonl", "rb") as f:
        uploaded = openai.File.create(file=f, purpose="fine-tune")
    print(uploaded["bytes"], uploaded["purpose"], uploaded["status"])
    listed = openai.File.list()
    print(len(listed["data"]))
    same = openai.File.retrieve(uploaded["id"])
    print(same["id"] == uploaded["id"])
    openai.File.delete(uploaded["id"])
    print(len(openai.File.list()["data"]))


if __name__ == "__main__":
    main()
