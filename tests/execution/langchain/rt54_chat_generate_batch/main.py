from langchain.chat_models import ChatOpenAI
from langchain_core.messages import HumanMessage

chat = ChatOpenAI(model_name="gpt-4-0613", temperature=0)

batch = [[HumanMessage(content="Spell cat")], [HumanMessage(content="Spell dog")]]
result = chat.generate(batch)
for generations in result.generations:
    print(generations[0].text)
print(len(result.generations))
