import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-1.0-pro")
print(model.generate_content("Say hello.").text)
