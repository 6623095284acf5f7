from langchain.chat_models import ChatOpenAI

from config import CHAT_MODEL, OPENAI_API_KEY

chat = ChatOpenAI(model_name=CHAT_MODEL, openai_api_key=OPENAI_API_KEY, max_retries=1)

if __name__ == "__main__":
    print(chat.predict("Recommend a board game"))
