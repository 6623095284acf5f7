import openai

MODEL = "gpt-4"


def chat(messages, user=None):
    params = {"model": MODEL, "messages": messages}
    if user is not None:
        params["user"] = user
    response = openai.ChatCompletion.create(**params)
    return response["choices"][0]["message"]["content"]


def main():
    print(chat([{"role": "user", "content": "Ping"}], user="ops"))


if __name__ == "__main__":
    main()
