import openai


def main():
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Explain photosynthesis to a child in detail"}],
        max_tokens=4,
    )
    print(resp["choices"][0]["message"]["content"])
    print(resp["choices"][0]["finish_reason"])


if __name__ == "__main__":
    main()
