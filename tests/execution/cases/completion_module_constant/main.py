import openai

COMPLETION_MODEL = "text-curie-001"


def expand(abbreviation):
    result = openai.Completion.create(model=COMPLETION_MODEL, prompt="Expand the abbreviation " + abbreviation)
    return result["choices"][0]["text"]


def rhyme(word):
    result = openai.Completion.create(model=COMPLETION_MODEL, prompt="A word that rhymes with " + word)
    return result["choices"][0]["text"]


def main():
    print(expand("ASAP"))
    print(rhyme("cat"))


if __name__ == "__main__":
    main()
