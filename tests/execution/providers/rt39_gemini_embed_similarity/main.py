import math

import google.generativeai as genai

genai.configure()

DOCS = {
    "Operating the Climate Control": "Use the dial to set the temperature of the cabin.",
    "Touchscreen": "Tap the home icon to return to the main menu.",
    "Shifting Gears": "Press the brake before moving the lever to drive.",
}


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


vectors = {}
for title, text in DOCS.items():
    result = genai.embed_content(
        model="models/embedding-001",
        content=text,
        task_type="retrieval_document",
        title=title,
    )
    vectors[title] = result["embedding"]

query = genai.embed_content(model="models/embedding-001", content="How do I change gears?",
                            task_type="retrieval_query")["embedding"]
scores = sorted(((cosine(query, v), t) for t, v in vectors.items()), reverse=True)
for score, title in scores:
    print(f"{score:.4f} {title}")
