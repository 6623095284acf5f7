import openai


def complete(prompt, user=None):
    params = dict(model="text-davinci-003", prompt=prompt)
    if user:
        params["user"] = user
    resp = openai.Completion.create(**params)
    return resp["choices"][0]["text"]


def main():
    print(complete("Say hello", user="alice"))
    print(complete("Say goodbye"))


if __name__ == "__main__":
    main()
