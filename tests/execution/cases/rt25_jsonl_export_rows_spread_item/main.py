import io
import json

import openai

faq = ["What is your refund policy?", "Do you ship internationally?", "How do I track my order?"]
resp = openai.Embedding.create(input=faq, model="text-embedding-ada-002")

out = io.StringIO()
for question, row in zip(faq, resp["data"]):
    record = {"question": question, **row}
    record["embedding"] = [round(x, 4) for x in record["embedding"][:3]]
    out.write(json.dumps(record, sort_keys=True) + "\n")

print(out.getvalue(), end="")
