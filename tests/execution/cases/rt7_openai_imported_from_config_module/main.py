from config import MODEL, openai


def main():
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Tell me a fun fact about owls."}],
    )
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
