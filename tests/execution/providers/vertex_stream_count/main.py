import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-3.1-flash-lite")
prompt = "Tell me a short story about a lighthouse"
print("tokens:", model.count_tokens(prompt).total_tokens)
parts = []
for chunk in model.generate_content(prompt, stream=True):
    parts.append(chunk.text)
print("".join(parts))
