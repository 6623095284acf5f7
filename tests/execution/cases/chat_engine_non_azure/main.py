import openai


def main():
    out = openai.ChatCompletion.create(engine="gpt-3.5-turbo", messages=[{"role": "user", "content": "Hello engine"}])
    print(out.choices[0].message.content)


if __name__ == "__main__":
    main()
