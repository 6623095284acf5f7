# A quick tour of the OpenAI API (copied from a 2023 blog post, run top to bottom)
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# 1. Completions
prompt = "Write a tagline for an ice cream shop."
response = openai.Completion.create(
    engine="text-davinci-003",
    prompt=prompt,
    max_tokens=60,
    temperature=0.7,
)
print("Completion:", response["choices"][0]["text"].strip())
print("Tokens used:", response["usage"]["total_tokens"])

# 2. Chat completions
prompt = "Suggest three names for a black cat."
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": prompt}],
)
print("Chat:", response.choices[0].message["content"])
print("Role:", response["choices"][0]["message"]["role"])
print("Tokens used:", response["usage"]["total_tokens"])

# 3. Embeddings
response = openai.Embedding.create(
    input="The food was delicious and the waiter was friendly.",
    model="text-embedding-ada-002",
)
embedding = response["data"][0]["embedding"]
print("Embedding length:", len(embedding))
print("First values:", [round(x, 4) for x in embedding[:3]])
print("Tokens used:", response["usage"]["total_tokens"])

# 4. Moderation
response = openai.Moderation.create(input="I want to hurt them.")
output = response["results"][0]
print("Flagged:", output["flagged"])
print("Violence:", output["categories"]["violence"])
