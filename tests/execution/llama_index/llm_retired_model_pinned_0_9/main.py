from llama_index.llms import OpenAI as LlamaOpenAI

llm = LlamaOpenAI(model="gpt-3.5-turbo", temperature=0)
print(llm.complete("Name a colour").text != "")
