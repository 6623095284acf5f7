import openai

SYSTEM = "You are a terse assistant."


def converse(turns):
    history = [{"role": "system", "content": SYSTEM}]
    for turn in turns:
        history.append({"role": "user", "content": turn})
        resp = openai.ChatCompletion.create(model="gpt-4", messages=history)
        reply = resp["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": reply})
        print(reply)
    return history


def main():
    history = converse(["Hi", "What did I just say?"])
    print(len(history))


if __name__ == "__main__":
    main()
