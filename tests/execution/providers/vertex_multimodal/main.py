import vertexai
from vertexai.generative_models import GenerativeModel, Part

vertexai.init(project="demo-project", location="us-central1")
model = GenerativeModel("gemini-2.5-flash")

image = Part.from_uri("gs://demo-bucket/cat.png", mime_type="image/png")
pdf = Part.from_data(data=b"%PDF-1.4 a tiny document", mime_type="application/pdf")
response = model.generate_content([image, pdf, "Describe these files."])
print(response.text)
print(model.generate_content([Part.from_text("Say hi"), "politely"]).text)
