import openai


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="Write a slogan for a bakery")
    print(resp["choices"][0]["text"])
    resp = openai.Completion.create(model="text-davinci-003", prompt="Write a slogan for a gym")
    print(resp["choices"][0]["text"])
    print(resp["usage"]["prompt_tokens"])


if __name__ == "__main__":
    main()
