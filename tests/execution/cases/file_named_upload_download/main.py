import openai


def main():
    with open("data.jsonl", "rb") as f:
        uploaded = openai.File.create(f, "fine-tune", user_provided_filename="train.jsonl")
    print(uploaded["filename"], uploaded["bytes"])
    content = openai.File.download(uploaded["id"])
    print(content.decode("utf-8").count("\n"))
    print(openai.File.retrieve(id=uploaded["id"])["status"])
    print(openai.File.delete(sid=uploaded["id"])["deleted"])


if __name__ == "__main__":
    main()
