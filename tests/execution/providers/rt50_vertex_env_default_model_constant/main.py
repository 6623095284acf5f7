import os

import vertexai
from vertexai.generative_models import GenerativeModel

PROJECT_ID = os.environ.get("GOOGLE_CLOUD_PROJECT", "demo-project")
MODEL_ID = os.environ.get("VERTEX_MODEL", "gemini-2.5-flash")

vertexai.init(project=PROJECT_ID, location="us-central1")
model = GenerativeModel(MODEL_ID)

for city in ["Lagos", "Lima"]:
    print(model.generate_content(f"One fact about {city}.").text)
