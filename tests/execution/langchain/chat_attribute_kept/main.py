from langchain.chat_models import ChatOpenAI


class Bot:
    def __init__(self):
        self.llm = ChatOpenAI(model_name="gpt-3.5-turbo")

    def ask(self, question):
        return self.llm.predict(question)


if __name__ == "__main__":
    print(Bot().ask("Name a river"))
