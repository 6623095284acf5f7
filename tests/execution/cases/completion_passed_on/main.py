import openai


def report(resp):
    for choice in resp["choices"]:
        print(choice["index"], choice["text"].strip())
    print("finish:", resp["choices"][0]["finish_reason"])


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="Describe a sunset")
    report(resp)


if __name__ == "__main__":
    main()
