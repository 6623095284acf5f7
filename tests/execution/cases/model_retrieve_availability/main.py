import openai

MODEL = "text-davinci-003"


def available(model):
    try:
        openai.Model.retrieve(model)
        return True
    except openai.error.InvalidRequestError:
        return False


def main():
    print("available" if available(MODEL) else "missing")
    resp = openai.Completion.create(model=MODEL, prompt="ready?")
    print(resp["choices"][0]["text"])


if __name__ == "__main__":
    main()
