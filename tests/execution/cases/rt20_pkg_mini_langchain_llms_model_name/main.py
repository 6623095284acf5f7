from minichain.chains import LLMChain, PromptTemplate
from minichain.llms import ChatOpenAI, OpenAI

prompt = PromptTemplate("What is a good name for a company that makes {product}?", ["product"])
for llm in (OpenAI(temperature=0.9), ChatOpenAI(temperature=0)):
    chain = LLMChain(llm=llm, prompt=prompt)
    print(type(llm).__name__, "->", chain.run(product="colorful socks"))
