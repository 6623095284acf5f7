"""Check that the models this app needs are available before starting."""
import openai

REQUIRED = ["whisper-1", "text-embedding-ada-002"]


def available_ids():
    models = openai.Model.list()
    return {m["id"] for m in models["data"]}


def main():
    ids = available_ids()
    for name in REQUIRED:
        print(name, "ok" if name in ids else "missing")
    info = openai.Model.retrieve("text-embedding-ada-002")
    print(info.id, info["object"])
    print(sum(1 for m in openai.Model.list().data if m.id.startswith("whisper")))


main()
