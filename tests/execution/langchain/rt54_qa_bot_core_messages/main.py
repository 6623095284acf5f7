"""The QA bot with its message classes from langchain_core (langchain 0.1 era)."""
from langchain.chat_models import ChatOpenAI
from langchain_core.messages import HumanMessage, SystemMessage

chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)

history = [SystemMessage(content="You are a terse support agent.")]


def ask(question):
    history.append(HumanMessage(content=question))
    reply = chat.predict_messages(history)
    history.append(reply)
    return reply.content


if __name__ == "__main__":
    print(ask("My order 1234 is late"))
    print(ask("Can I get a refund?"))
    print(len(history))
