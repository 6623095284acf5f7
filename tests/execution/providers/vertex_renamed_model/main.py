import vertexai
from vertexai.preview.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="europe-west4")
model = GenerativeModel(
    "gemini-2.5-flash",
    generation_config={"temperature": 0.0, "top_k": 20},
)
response = model.generate_content("Name three rivers.")
print(response.text)
print(response.usage_metadata.total_token_count)
