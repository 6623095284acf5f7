from langchain.chat_models import ChatOpenAI

chat = ChatOpenAI(model_name="gpt-3.5-turbo-0613")


def main():
    print(chat.predict("Name a fruit"))
    print(chat.predict("Name a tree").upper())


if __name__ == "__main__":
    main()
