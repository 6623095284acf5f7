import openai


def main():
    resp = openai.Embedding.create(model="text-search-curie-doc-001", input="quarterly report")
    vec = resp["data"][0]["embedding"]
    print(len(vec))


if __name__ == "__main__":
    main()
