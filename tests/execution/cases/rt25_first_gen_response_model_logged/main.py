import openai

texts = ["north", "south", "east", "west"]
resp = openai.Embedding.create(input=texts, model="text-similarity-ada-001")
print(f"model={resp['model']} vectors={len(resp['data'])} dim={len(resp['data'][0]['embedding'])}")
print("tokens used:", resp["usage"]["total_tokens"])
print([round(v, 4) for v in resp["data"][3]["embedding"][:3]])
