import openai


def main():
    try:
        openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "robot", "content": "beep"}])
        print("accepted")
    except openai.error.InvalidRequestError:
        print("rejected")
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "beep"}])
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
