from vertexai.generative_models import GenerativeModel

model = GenerativeModel("gemini-3.5-flash")
print(model.generate_content("Which project am I in?").text)
