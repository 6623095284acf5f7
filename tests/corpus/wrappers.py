from langchain.chat_models import ChatOpenAI
from langchain.embeddings import OpenAIEmbeddings
from langchain.llms import OpenAI
from llama_index.llms.openai import OpenAI as LlamaOpenAI

llm = OpenAI(model_name="text-davinci-003", temperature=0)
chat = ChatOpenAI(model="gpt-3.5-turbo-0613")
embeddings = OpenAIEmbeddings(model="text-search-curie-doc-001")
index_llm = LlamaOpenAI(model="gpt-4-32k")
legacy = OpenAI(model_name="davinci")
named = OpenAI(client_name="ada")
