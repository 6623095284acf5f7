from llama_index.embeddings.openai import OpenAIEmbedding

# the look-alike: the per-integration path, which both generations have, is left as it is
print(len(OpenAIEmbedding(model="text-embedding-ada-002").get_text_embedding("hello")))
