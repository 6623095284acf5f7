import openai


def main():
    history = [{"role": "user", "content": "Pick a colour"}]
    first = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    reply = first["choices"][0]["message"]
    history.append({"role": reply["role"], "content": reply["content"]})
    history.append({"role": "user", "content": "Why that one?"})
    second = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    print(len(history), second["choices"][0]["message"]["role"])


if __name__ == "__main__":
    main()
