import os

import openai

from cache.namer import Namer

openai.api_key = os.environ["OPENAI_API_KEY"]

namer = Namer()
first = namer.embed(["apple", "pear"])
again = namer.embed(["pear", "plum", "apple"])
print("dims:", len(first[0]), "same pear:", first[1] == again[0])
print("requests:", namer.requests)
print("label:", namer.name(["apple", "pear", "plum"]))
