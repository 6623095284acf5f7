import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

vertexai.init(project="demo-project", location="europe-west4")
model = GenerativeModel("gemini-1.5-pro-001")
config = GenerationConfig(max_output_tokens=2048, temperature=0.2)
print(model.generate_content("Write a limerick about Python.", generation_config=config).text)
