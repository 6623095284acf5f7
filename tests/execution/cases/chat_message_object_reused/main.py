import openai


def main():
    messages = [{"role": "user", "content": "Pick a number"}]
    first = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=messages)
    messages.append(first.choices[0].message)
    messages.append({"role": "user", "content": "Double it"})
    second = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=messages)
    print(first.choices[0].message.content)
    print(second.choices[0].message.content)


if __name__ == "__main__":
    main()
