import openai


def try_model(name):
    try:
        openai.ChatCompletion.create(model=name, messages=[{"role": "user", "content": "x"}])
        return "ok"
    except openai.error.InvalidRequestError as error:
        return "invalid: " + str(error.code)


def main():
    print(try_model("my-finetuned-assistant"))


if __name__ == "__main__":
    main()
