from langchain.chains import LLMChain
from langchain.chat_models import ChatOpenAI
from langchain.prompts import PromptTemplate

llm = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0)
prompt = PromptTemplate.from_template("Give me three keywords for {topic}.")
chain = LLMChain(llm=llm, prompt=prompt)

if __name__ == "__main__":
    print(chain.run(topic="home composting"))
    print(chain.run("urban beekeeping"))
