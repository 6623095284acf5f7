import sys

import openai


def main():
    response = openai.Completion.create(model="text-davinci-003", prompt="Name a colour",
                                        max_tokens=16)
    # the whole response, for debugging
    print(response, file=sys.stderr)
    print(response["choices"][0]["text"].strip())


if __name__ == "__main__":
    main()
