import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel


class Summarizer:
    def __init__(self, project, location="us-central1"):
        vertexai.init(project=project, location=location)
        self.llm = GenerativeModel("gemini-2.5-flash")

    def summarize(self, text):
        config = GenerationConfig(temperature=0.1, max_output_tokens=128)
        return self.llm.generate_content(f"Summarize: {text}", generation_config=config).text


print(Summarizer("demo-project").summarize("Linters find bugs before they ship."))
