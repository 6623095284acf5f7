from llmkit import OpenAI


def main():
    llm = OpenAI(temperature=0.2)
    print(llm.predict("hello"))
    print(OpenAI.Completion.create(prompt="shout")["choices"][0]["text"])


if __name__ == "__main__":
    main()
