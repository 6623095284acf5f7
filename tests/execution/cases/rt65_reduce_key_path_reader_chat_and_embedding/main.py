from functools import reduce

import openai

TEXT_PATH = ("choices", 0, "message", "content")
TOKENS_PATH = ("usage", "total_tokens")


def dig(obj, path):
    """Follow a JSON path through a response: dig(resp, ("usage", "total_tokens"))."""
    return reduce(lambda node, key: node[key], path, obj)


def main():
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Describe the ocean"}],
    )
    print(dig(resp, TEXT_PATH))
    print("tokens:", dig(resp, TOKENS_PATH))
    emb = openai.Embedding.create(model="text-embedding-ada-002", input=["ocean", "sea"])
    dims = [len(dig(emb, ("data", i, "embedding"))) for i in range(2)]
    print("dims:", dims, "prompt tokens:", dig(emb, ("usage", "prompt_tokens")))


if __name__ == "__main__":
    main()
