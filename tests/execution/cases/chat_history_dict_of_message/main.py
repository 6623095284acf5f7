import openai

messages = [{"role": "system", "content": "You are a math tutor."}]


def ask(question):
    messages.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(model="gpt-4", messages=messages)
    reply = dict(response.choices[0].message)
    messages.append(reply)
    return reply["content"]


if __name__ == "__main__":
    print(ask("What is 7 times 8?"))
    print(ask("And divided by 2?"))
    print([m["role"] for m in messages])
    print(messages[2]["role"], messages[2]["content"])
