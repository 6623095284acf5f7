from models import Completion, Embedding

Embedding.create(model="text-embedding-ada-002", input="first document", vector=[0.1, 0.2])
Embedding.create(model="text-similarity-babbage-001", input="second document", vector=[0.3, 0.1])
Completion.create(engine="text-davinci-003", prompt="Say hi", text="hi", max_tokens=5)

for row in Embedding.all():
    print(row["id"], row["model"], row["input"], sum(row["vector"]))
for row in Completion.all():
    print(row["id"], row["engine"], row["prompt"], row["text"], row["max_tokens"])
