import openai


def summarize(text):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt="Summarize: " + text,
        max_tokens=5,
        temperature=0,
    )
    return resp["choices"][0]["text"], resp["choices"][0]["finish_reason"]


def main():
    text, why = summarize("the meeting moved from Tuesday to Thursday at noon")
    print(text)
    print(why)


if __name__ == "__main__":
    main()
