from langchain.chat_models import ChatOpenAI

chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)

if __name__ == "__main__":
    first = chat.predict("Title: Weekly report | Body: all good", stop=["|"])
    print(repr(first.strip()))
