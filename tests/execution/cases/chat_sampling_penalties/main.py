import openai


def brainstorm(topic):
    resp = openai.ChatCompletion.create(
        model="gpt-4-0613",
        messages=[{"role": "user", "content": "Brainstorm names for " + topic}],
        top_p=0.9,
        presence_penalty=0.6,
        frequency_penalty=0.2,
    )
    return resp.choices[0].message.content


def main():
    print(brainstorm("a coffee shop"))


if __name__ == "__main__":
    main()
