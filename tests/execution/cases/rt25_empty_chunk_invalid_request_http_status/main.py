import openai

paragraphs = ["Intro to the handbook.", "", "Vacation policy: 25 days per year."]

embedded = {}
for n, para in enumerate(paragraphs):
    try:
        out = openai.Embedding.create(input=para, model="text-embedding-ada-002")
    except openai.error.InvalidRequestError as e:
        print(f"paragraph {n}: rejected with HTTP {e.http_status}")
        continue
    embedded[n] = out["data"][0]["embedding"]

print("embedded paragraphs:", list(embedded))
