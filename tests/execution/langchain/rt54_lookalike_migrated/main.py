from langchain_openai import ChatOpenAI

chat = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=64, timeout=30)

if __name__ == "__main__":
    print(chat.invoke("Name a fruit").content)
    print(chat.invoke([("system", "Be brief."), ("human", "Name a tree")]).content)
