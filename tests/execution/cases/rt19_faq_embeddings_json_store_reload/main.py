import json
import math
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "text-embedding-ada-002"
FAQ = {
    "How do I reset my password?": "Click 'Forgot password' on the login page.",
    "Where can I download my invoice?": "Invoices are under Settings > Billing.",
    "Can I change my username?": "Usernames cannot be changed after sign up.",
}

store_path = os.path.join(tempfile.mkdtemp(), "faq_embeddings.json")

# step 1: embed the questions and save them
questions = list(FAQ.keys())
result = openai.Embedding.create(input=questions, model=MODEL)
records = []
for item in result["data"]:
    records.append({"question": questions[item["index"]], "embedding": item["embedding"]})
with open(store_path, "w") as f:
    json.dump(records, f)
print("saved", len(records), "embeddings, tokens used:", result["usage"]["total_tokens"])

# step 2: load them back and answer a user question
with open(store_path) as f:
    records = json.load(f)


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


user_question = "I forgot my password, what now?"
query = openai.Embedding.create(input=user_question, model=MODEL)["data"][0]["embedding"]
scored = sorted(records, key=lambda r: similarity(query, r["embedding"]), reverse=True)
for record in scored:
    print(f"{similarity(query, record['embedding']):+.3f} {record['question']}")
print("Answer:", FAQ[scored[0]["question"]])
