"""Uploads fine-tuning data opened in text mode, as many 2023 scripts did (requests sent the
text); then the same data from a file handle kept open for the upload alone."""
import openai


def upload(path):
    uploaded = openai.File.create(file=open(path, "r"), purpose="fine-tune",
                                  user_provided_filename="examples.jsonl")
    return uploaded["filename"], uploaded["bytes"]


def upload_again(path):
    with open(path) as records:
        uploaded = openai.File.create(file=records, purpose="fine-tune")
    content = openai.File.download(uploaded["id"])
    return content.decode("utf-8").count("\n")


if __name__ == "__main__":
    print(*upload("examples.jsonl"))
    print(upload_again("examples.jsonl"))
