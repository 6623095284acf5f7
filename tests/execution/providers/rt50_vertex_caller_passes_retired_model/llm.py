import vertexai
from vertexai.generative_models import GenerativeModel


class VertexLLM:
    def __init__(self, model_name="gemini-3.1-flash-lite", project="demo-project"):
        vertexai.init(project=project, location="us-central1")
        self.model = GenerativeModel(model_name)

    def generate(self, prompt):
        return self.model.generate_content(prompt).text
