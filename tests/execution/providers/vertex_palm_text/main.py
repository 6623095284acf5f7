import vertexai
from vertexai.language_models import TextGenerationModel

vertexai.init(project="demo-project", location="us-central1")
model = TextGenerationModel.from_pretrained("text-bison@002")
print(model.predict("Write a haiku about rain", temperature=0.2, max_output_tokens=64).text)
