import openai


def main():
    resp = openai.Completion.create(model="text-davinci-003", prompt="def add(a, b):\n", suffix="\n    return result\n")
    print(resp["choices"][0]["text"])


if __name__ == "__main__":
    main()
