import openai


def main():
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "List fruits"}],
        stop=["\n\n"],
    )
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
