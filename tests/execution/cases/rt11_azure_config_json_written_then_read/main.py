"""First run writes config.json with the defaults; later runs read it."""
import json
import os
import tempfile

import openai

DEFAULTS = {
    "api_version": "2023-05-15",
    "chat_deployment": "chat",
    "embedding_deployment": "embeddings",
    "temperature": 0.5,
}


def load_config(path):
    if not os.path.exists(path):
        with open(path, "w") as f:
            json.dump(DEFAULTS, f, indent=2)
    with open(path) as f:
        return json.load(f)


def main(config_dir):
    cfg = load_config(os.path.join(config_dir, "config.json"))
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = cfg["api_version"]
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

    emb = openai.Embedding.create(engine=cfg["embedding_deployment"], input="hello world")
    print("dimensions:", len(emb["data"][0]["embedding"]))
    response = openai.ChatCompletion.create(
        engine=cfg["chat_deployment"],
        messages=[{"role": "user", "content": "Say hello to the team"}],
        temperature=cfg["temperature"],
    )
    print(response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        main(tmp)
