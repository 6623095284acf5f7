import openai


def main():
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Name a color"}])
    color = r["choices"][0]["message"]["content"]
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Name a shape"}])
    shape = r["choices"][0]["message"]["content"]
    print(color, "/", shape)


if __name__ == "__main__":
    main()
