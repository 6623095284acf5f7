from llama_index.llms import OpenAI

llm = OpenAI(model="text-davinci-003", max_tokens=64)
response = llm.complete("Write a slogan for a bakery")
print(len(response.text) > 0)
