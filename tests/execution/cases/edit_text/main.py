import openai


def fix_spelling(text):
    result = openai.Edit.create(
        model="text-davinci-edit-001",
        input=text,
        instruction="Fix the spelling mistakes",
    )
    return result["choices"][0]["text"]


def main():
    print(fix_spelling("What day of the wek is it?"))


if __name__ == "__main__":
    main()
