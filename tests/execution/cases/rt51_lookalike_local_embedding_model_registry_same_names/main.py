import openai

from localai import Embedding, Model

openai.api_key = None  # this tool never calls the API

available = [m["id"] for m in Model.list()["data"]]
print("local models:", available)
info = Model.retrieve("text-embedding-ada-002")
print("dims:", info["dims"])
resp = Embedding.create(input=["alpha", "beta"], model="text-embedding-ada-002",
                        encoding_format="float")
a, b = (d["embedding"] for d in resp["data"])
print("similarity:", round(sum(x * y for x, y in zip(a, b)), 4))
