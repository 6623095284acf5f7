from langchain.llms import OpenAI

llm = OpenAI(model_name="text-davinci-003", temperature=0)


def main():
    print(llm.predict("Name a colour").strip())
    print(llm("Name a planet").strip())


if __name__ == "__main__":
    main()
