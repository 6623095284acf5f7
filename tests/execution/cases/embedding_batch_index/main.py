import openai

DOCS = ["invoice overdue", "password reset", "refund request"]


def main():
    response = openai.Embedding.create(input=DOCS, model="text-embedding-ada-002")
    by_index = {row["index"]: row["embedding"] for row in response["data"]}
    for i, doc in enumerate(DOCS):
        print(doc, round(by_index[i][0], 6))
    print(response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
