"""A tiny QA bot of 2023: a system prompt, the user's question, predict_messages()."""
from langchain.chat_models import ChatOpenAI
from langchain.schema import HumanMessage, SystemMessage

SYSTEM = "You answer questions about the company handbook in one sentence."

chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)


def answer(question):
    reply = chat.predict_messages([SystemMessage(content=SYSTEM),
                                   HumanMessage(content=question)])
    return reply.content


if __name__ == "__main__":
    for q in ["How many vacation days do I get?", "Who approves expenses?"]:
        print(f"Q: {q}")
        print(f"A: {answer(q)}")
