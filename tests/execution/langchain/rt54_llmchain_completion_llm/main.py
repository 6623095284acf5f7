from langchain.chains import LLMChain
from langchain.llms import OpenAI
from langchain.prompts import PromptTemplate

llm = OpenAI(model_name="text-davinci-003", temperature=0.7, max_tokens=256)
prompt = PromptTemplate(
    input_variables=["topic"],
    template="Write a one-line tagline for a blog post about {topic}.",
)
chain = LLMChain(llm=llm, prompt=prompt)

if __name__ == "__main__":
    for topic in ["sourdough", "rust lifetimes"]:
        print(chain.run(topic=topic).strip())
