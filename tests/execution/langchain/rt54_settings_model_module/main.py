from langchain.chat_models import ChatOpenAI

import settings

chat = ChatOpenAI(model_name=settings.MODEL, temperature=settings.TEMPERATURE)

if __name__ == "__main__":
    print(chat.predict("Suggest a name for a cat"))
