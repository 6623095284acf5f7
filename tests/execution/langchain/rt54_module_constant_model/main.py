from langchain.chat_models import ChatOpenAI

MODEL = "gpt-3.5-turbo"
chat = ChatOpenAI(model_name=MODEL, temperature=0.3)

if __name__ == "__main__":
    print(chat.predict("Give a title for a poem about rain"))
