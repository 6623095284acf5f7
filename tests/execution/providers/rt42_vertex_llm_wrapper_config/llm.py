import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel


class VertexLLM:
    def __init__(self, project, location="us-central1", model_name="gemini-2.5-flash"):
        vertexai.init(project=project, location=location)
        self.model = GenerativeModel(model_name)
        self.config = GenerationConfig(temperature=0.4, max_output_tokens=200)

    def complete(self, prompt: str) -> str:
        response = self.model.generate_content(prompt, generation_config=self.config)
        return response.text
