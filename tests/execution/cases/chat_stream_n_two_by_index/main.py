import openai


def stream_variants(question, n=2):
    texts = [""] * n
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        n=n,
        stream=True,
    )
    for chunk in response:
        for choice in chunk["choices"]:
            texts[choice["index"]] += choice["delta"].get("content", "")
    return texts


if __name__ == "__main__":
    for i, text in enumerate(stream_variants("Suggest a team name")):
        print(i, text)
