import sys

import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")

model = GenerativeModel("gemini-2.5-flash", generation_config={"temperature": 0.7})


def stream_story(prompt):
    responses = model.generate_content(prompt, stream=True)
    chunks = 0
    for response in responses:
        sys.stdout.write(response.text)
        chunks += 1
    sys.stdout.write("\n")
    return chunks


n = stream_story("Tell a two-sentence story about a robot.")
print("chunks:", n)
