import google.generativeai as genai


def embed(content):
    return genai.embed_content(model="models/gemini-embedding-001", content=content)["embedding"]


print(len(embed("one text")))
print(len(embed(["two", "texts"])))
