import configparser
import os
import tempfile

import openai


def write_default_settings(path):
    config = configparser.ConfigParser()
    config["openai"] = {
        "embedding_model": "text-embedding-ada-002",
        "timeout": "20",
    }
    config["search"] = {"top_k": "2"}
    with open(path, "w") as fh:
        config.write(fh)


def read_settings(path):
    config = configparser.ConfigParser()
    config.read(path)
    return config


def rank(settings, query, docs):
    section = settings["openai"]
    response = openai.Embedding.create(
        model=section.get("embedding_model"),
        input=[query] + docs,
        request_timeout=section.getfloat("timeout"),
    )
    vectors = [d["embedding"] for d in response["data"]]
    q, rest = vectors[0], vectors[1:]
    scores = [sum(a * b for a, b in zip(q, v)) for v in rest]
    order = sorted(range(len(docs)), key=lambda i: -scores[i])
    return [docs[i] for i in order[: settings["search"].getint("top_k")]]


if __name__ == "__main__":
    openai.api_key = os.environ["OPENAI_API_KEY"]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "settings.ini")
        write_default_settings(path)
        settings = read_settings(path)
        docs = ["apples are red", "bananas are yellow", "the sky is blue", "grass is green"]
        for hit in rank(settings, "what colour is fruit", docs):
            print(hit)
