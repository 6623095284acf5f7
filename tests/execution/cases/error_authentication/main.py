import openai


def main():
    openai.api_key = "sk-wrong"
    try:
        openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "hi"}])
        print("authenticated")
    except openai.error.AuthenticationError:
        print("bad key")


if __name__ == "__main__":
    main()
