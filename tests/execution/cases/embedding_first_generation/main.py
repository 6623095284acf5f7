import openai


def vectors(texts):
    resp = openai.Embedding.create(model="text-similarity-ada-001", input=texts)
    return [item["embedding"] for item in resp["data"]]


def main():
    vecs = vectors(["red apple", "green pear"])
    print(len(vecs), len(vecs[0]))
    print(round(sum(vecs[0][:8]), 4))


if __name__ == "__main__":
    main()
