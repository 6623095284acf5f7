from langchain.chat_models import ChatOpenAI
from langchain_core.messages import HumanMessage, SystemMessage


def translate(text):
    return ChatOpenAI(model_name="gpt-4", temperature=0.2)(
        [SystemMessage(content="Translate to French."), HumanMessage(content=text)]
    ).content


if __name__ == "__main__":
    print(translate("good morning"))
    print(translate("see you tomorrow"))
