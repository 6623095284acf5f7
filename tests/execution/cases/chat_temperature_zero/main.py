import openai


def extract_city(sentence):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0301",
        messages=[{"role": "user", "content": "Which city is mentioned: " + sentence}],
        temperature=0,
    )
    return resp["choices"][0]["message"]["content"]


def main():
    print(extract_city("I flew to Lisbon last spring."))


if __name__ == "__main__":
    main()
