import openai


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="Spell cat backwards", request_timeout=20)
    print(resp["choices"][0]["text"])


if __name__ == "__main__":
    main()
