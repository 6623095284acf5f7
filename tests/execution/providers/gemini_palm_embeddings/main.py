import os

import google.generativeai as palm

palm.configure(api_key=os.environ["GOOGLE_API_KEY"])

sentence = "PaLM embeddings for a search index"
vector = palm.generate_embeddings(model="models/embedding-gecko-001", text=sentence)
print(len(vector["embedding"]), [round(x, 3) for x in vector["embedding"][:4]])
