import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

EMBED_MODEL = "models/embedding-001"
CHAT_MODEL = "gemini-3.1-pro-preview"
NOTES = ["Meeting at 3pm on Friday.", "Buy milk and eggs.", "Call the plumber about the sink."]


def embed(text, task_type):
    return genai.embed_content(model=EMBED_MODEL, content=text, task_type=task_type)["embedding"]


note_vectors = [embed(note, "retrieval_document") for note in NOTES]


def ask(question):
    qv = embed(question, "retrieval_query")
    best = max(range(len(NOTES)), key=lambda i: sum(a * b for a, b in zip(qv, note_vectors[i])))
    model = genai.GenerativeModel(CHAT_MODEL)
    return model.generate_content(f"Using this note: {NOTES[best]}\nAnswer: {question}").text


print(ask("What do I need from the shop?"))
