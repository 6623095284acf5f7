import openai

# which attribute of a choice holds the answer, per endpoint
FIELD = {"chat": "message", "completion": "text"}


def text_of(resp, kind):
    value = getattr(resp.choices[0], FIELD[kind])
    return (value["content"] if kind == "chat" else value).strip()


def main():
    done = openai.Completion.create(
        model="text-davinci-003", prompt="Finish: once upon a", max_tokens=10
    )
    chat = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Finish: happily ever"}],
    )
    for kind, resp in (("completion", done), ("chat", chat)):
        print(f"{kind:>10}: {text_of(resp, kind)}")


if __name__ == "__main__":
    main()
