import openai


def main():
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Suggest a team name"}],
        n=2,
    )
    for choice in resp["choices"]:
        print(choice["index"], choice["message"]["content"])


if __name__ == "__main__":
    main()
